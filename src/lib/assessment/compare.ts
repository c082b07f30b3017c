// Several partners' answers to the same bank version side by side: per respondent or per agency (the mean of its
// respondents), with the spread that the partnership literature treats as the most useful signal.
import { bandOf, isScaleAnswer, minScoredDimensions, scoreResult, shownValue } from "./scoring";
import { recommendationFor } from "./recommend";
import { message, type Message } from "../util/message";
import { LOCALE } from "../site/format";
import { clampThreshold } from "./anonymity";

export { ANONYMITY_DEFAULT, clampThreshold } from "./anonymity";
import type { BankData, GuideLink, StoredResult } from "./types";

export type CompareMode = "responden" | "instansi";

export interface CompareInput {
  /** The agency the respondent belongs to (typed by the user, shown as text only). */
  label: string;
  result: StoredResult;
}

export interface Series {
  label: string;
  /** Respondents behind the series (1 in respondent mode). */
  members: number;
  /** Dimension means in bank order; null where not scored. */
  dims: (number | null)[];
  /** Mean over the dimensions every series scored (see Comparison.common); null when too few are common. */
  overall: number | null;
  /** Item values in bank order: the answer (respondent) or the mean of 1–5 answers (agency); null when none. */
  items: (number | null)[];
  /** Evidence notes in bank order: the respondent's (or, per agency, its respondents' distinct ones). */
  notes: EvidenceNote[][];
}

/** A note beside a ticked evidence type ("PKS No. 119/PKS/2025"), with the evidence id. */
export interface EvidenceNote {
  evidence: string;
  text: string;
}

export interface DimStat {
  id: string;
  name: string;
  shortLabel: string;
  /** Series with a score for this dimension. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  flagged: boolean;
}

export interface ItemGap {
  id: string;
  dimension: string;
  statement: string;
  min: number;
  max: number;
  spread: number;
}

export interface Comparison {
  mode: CompareMode;
  series: Series[];
  dims: DimStat[];
  /** Ids of the dimensions every series scored: the overall indexes are averaged over these only. */
  common: string[];
  /** Statements about the partnership whose values differ by at least ITEM_GAP, widest first. */
  itemGaps: ItemGap[];
  /**
   * Statements about each agency's own situation (sudut "instansi"), side by side: a difference there is two
   * different facts, not a disagreement, so they are never flagged.
   */
  ownItems: { id: string; dimension: string; statement: string }[];
  respondents: number;
  /** Mean of the series' overall indexes. */
  overall: number | null;
}

export const SPREAD_FLAG = 1.0;
export const ITEM_GAP = 2;
// Means of small integers are not exact in binary: 10/3 − 7/3 is 1.0000000000000004 or 0.9999999999999996.
const EPS = 1e-9;

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
const nums = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

/** Trimmed, whitespace-collapsed, case-insensitive: "Dinas A " and "dinas a" are one agency. */
export const agencyKey = (label: string): string => label.trim().replace(/\s+/g, " ").toLocaleLowerCase(LOCALE);

function respondentSeries(bank: BankData, input: CompareInput, label: string): Series {
  const score = scoreResult(bank, input.result.answers, input.result.evidence);
  return {
    label,
    members: 1,
    dims: score.dimensions.map((d) => d.mean),
    overall: null, // set once the dimensions common to every series are known
    items: bank.items.map((i) => {
      const a = input.result.answers[i.id];
      return isScaleAnswer(a) ? a : null;
    }),
    notes: bank.items.map((i) => {
      const notes = input.result.catatanBukti?.[i.id] ?? {};
      return i.evidence.flatMap((e) => (notes[e] ? [{ evidence: e, text: notes[e] }] : []));
    }),
  };
}

function mergeSeries(label: string, group: Series[]): Series {
  const at = (pick: (s: Series) => (number | null)[], k: number) => mean(nums(group.map((s) => pick(s)[k] ?? null)));
  const first = group[0]!;
  return {
    label,
    members: group.length,
    dims: first.dims.map((_, k) => at((s) => s.dims, k)),
    overall: null,
    items: first.items.map((_, k) => at((s) => s.items, k)),
    notes: first.notes.map((_, k) => {
      const seen = new Set<string>();
      return group
        .flatMap((s) => s.notes[k] ?? [])
        .filter((n) => !seen.has(`${n.evidence}\n${n.text}`) && !!seen.add(`${n.evidence}\n${n.text}`));
    }),
  };
}

/** Names a respondent whose agency label is empty ("Responden 3"); the UI supplies it in its own language. */
export type UnnamedLabel = (n: number) => string;

/** Display labels: the agency label (or `unnamed(n)` when empty), numbered when an agency has several. */
function respondentLabels(inputs: readonly CompareInput[], unnamed: UnnamedLabel): string[] {
  const counts = new Map<string, number>();
  for (const i of inputs) counts.set(agencyKey(i.label), (counts.get(agencyKey(i.label)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return inputs.map((input, idx) => {
    const key = agencyKey(input.label);
    if (key === "") return unnamed(idx + 1);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return (counts.get(key) ?? 0) > 1 ? `${input.label.trim()} (${n})` : input.label.trim();
  });
}

export function compareResults(
  bank: BankData,
  inputs: readonly CompareInput[],
  mode: CompareMode,
  unnamed: UnnamedLabel,
): Comparison {
  const labels = respondentLabels(inputs, unnamed);
  const people = inputs.map((input, i) => respondentSeries(bank, input, labels[i]!));
  let series = people;
  if (mode === "instansi") {
    const groups = new Map<string, { label: string; members: Series[] }>();
    inputs.forEach((input, i) => {
      const key = agencyKey(input.label) || `responden-${i + 1}`;
      const g = groups.get(key) ?? { label: input.label.trim() || labels[i]!, members: [] };
      g.members.push(people[i]!);
      groups.set(key, g);
    });
    series = [...groups.values()].map((g) => mergeSeries(g.label, g.members));
  }
  const commonIdx = bank.dimensions.flatMap((_, k) => (series.every((s) => s.dims[k] !== null) ? [k] : []));
  const enough = commonIdx.length >= minScoredDimensions(bank);
  series = series.map((s) => ({
    ...s,
    overall: enough ? shownValue(mean(commonIdx.map((k) => s.dims[k]!))!) : null,
  }));
  const dims: DimStat[] = bank.dimensions.map((d, k) => {
    const values = nums(series.map((s) => s.dims[k] ?? null));
    const min = values.length > 0 ? Math.min(...values) : null;
    const max = values.length > 0 ? Math.max(...values) : null;
    const spread = min === null || max === null ? null : max - min;
    return {
      id: d.id,
      name: d.name,
      shortLabel: d.shortLabel,
      n: values.length,
      mean: mean(values),
      min,
      max,
      spread,
      flagged: values.length >= 2 && spread !== null && spread >= SPREAD_FLAG - EPS,
    };
  });
  const itemGaps: ItemGap[] = [];
  bank.items.forEach((item, k) => {
    if (item.sudut === "instansi") return;
    const values = nums(series.map((s) => s.items[k] ?? null));
    if (values.length < 2) return;
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (max - min >= ITEM_GAP - EPS)
      itemGaps.push({ id: item.id, dimension: item.dimension, statement: item.statement, min, max, spread: max - min });
  });
  itemGaps.sort((a, b) => b.spread - a.spread);
  return {
    mode,
    series,
    dims,
    common: commonIdx.map((k) => bank.dimensions[k]!.id),
    itemGaps,
    ownItems: bank.items
      .filter((i) => i.sudut === "instansi")
      .map((i) => ({ id: i.id, dimension: i.dimension, statement: i.statement })),
    respondents: inputs.length,
    overall: mean(nums(series.map((s) => s.overall))),
  };
}

export type AnonymousView =
  | { allowed: true; threshold: number; respondents: number; comparison: Comparison }
  | { allowed: false; threshold: number; respondents: number; overall: number | null; reason: Message };

/**
 * Anonymous mode pools respondents (an agency's mean would name it) and shows only aggregates; below the
 * threshold even the aggregates could reveal a person's answers, so only the overall mean is given.
 */
export function anonymousView(
  bank: BankData,
  inputs: readonly CompareInput[],
  threshold: number,
  unnamed: UnnamedLabel,
): AnonymousView {
  const t = clampThreshold(threshold);
  const comparison = compareResults(bank, inputs, "responden", unnamed);
  if (inputs.length >= t) return { allowed: true, threshold: t, respondents: inputs.length, comparison };
  return {
    allowed: false,
    threshold: t,
    respondents: inputs.length,
    overall: comparison.overall,
    reason: message("compare.anonymousTooFew", { threshold: t, n: inputs.length }),
  };
}

export interface AgendaItem {
  id: string;
  name: string;
  mean: number | null;
  spread: number | null;
  guides: GuideLink[];
}

export interface Agenda {
  weakest: AgendaItem[];
  divergent: AgendaItem[];
}

/** The 3 weakest and the 3 most divergent dimensions, each with the guides the bank recommends for its band. */
export function discussionAgenda(bank: BankData, c: Comparison, limit = 3): Agenda {
  const toItem = (d: DimStat): AgendaItem => ({
    id: d.id,
    name: d.name,
    mean: d.mean,
    spread: d.spread,
    guides: d.mean === null ? [] : (recommendationFor(bank, d.id, bandOf(bank, d.mean))?.guides ?? []),
  });
  const order = new Map<string, number>(bank.dimensions.map((d, i) => [d.id, i]));
  const byOrder = (a: DimStat, b: DimStat) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const weakest = c.dims
    .filter((d) => d.mean !== null)
    .sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0) || byOrder(a, b))
    .slice(0, limit);
  const divergent = c.dims
    .filter((d) => d.n >= 2 && (d.spread ?? 0) > EPS)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || byOrder(a, b))
    .slice(0, limit);
  return { weakest: weakest.map(toItem), divergent: divergent.map(toItem) };
}
