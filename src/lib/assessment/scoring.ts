// The published scoring rules (see /penilaian/metodologi/). Pure functions over a bank and a set of answers. The
// rules never overstate: a verdict needs enough data, a key item answered low or a weak dimension holds the
// overall verdict back, and a band always agrees with the number shown next to it.
import type { Answer, BandId, BankData } from "./types";
import { formatDecimal } from "../site/format";
import { message, type Message } from "../util/message";

/** Why a dimension has, or has no, score. */
export type DimensionStatus =
  /** Enough 1–5 answers: it has a mean and a band. */
  | "scored"
  /** Fewer 1–5 answers than half of the statements that apply. */
  | "insufficient"
  /** "Tidak tahu" on 40 % or more of the statements that apply: not knowing is the finding. */
  | "unknown"
  /** Every statement answered "Tidak berlaku". */
  | "notApplicable";

export interface DimensionScore {
  id: string;
  name: string;
  shortLabel: string;
  /** Position in the bank, for stable ordering. */
  order: number;
  items: number;
  /** Answers 1–5. */
  answered: number;
  tidakBerlaku: number;
  tidakTahu: number;
  unanswered: number;
  status: DimensionStatus;
  /** True when status is "scored". */
  scored: boolean;
  /** Unrounded mean of the 1–5 answers (null when not scored). */
  mean: number | null;
  /** The mean as shown, rounded to two decimals; the band is chosen from this value. */
  shown: number | null;
  /** The band after the key-item cap (null when not scored). */
  band: BandId | null;
  /**
   * Key items of this dimension not met, in bank order: answered 1 or 2, or "Tidak tahu" or "Tidak berlaku" (a
   * partnership cannot lack, or not know, its legal basis, agreement or budget and still be ready).
   */
  unmetKeyItems: string[];
  /** Statements answered 1 or 2, in bank order. */
  lowItems: string[];
  /** Statements answered 4 or 5 with no evidence ticked, in bank order. */
  unbackedItems: string[];
  /** 4–5 answers, and how many of them have at least one evidence item ticked. */
  high: number;
  highWithEvidence: number;
  /** highWithEvidence / high, or null when there is no 4–5 answer. */
  evidenceCoverage: number | null;
  /** Many "Tidak tahu" is a finding even below the 40 % rule: at least 2 and at least a third of the applicable. */
  manyUnknown: boolean;
}

export interface ResultScore {
  dimensions: DimensionScore[];
  /** Mean of the scored dimensions' means, rounded to two decimals; null without enough scored dimensions. */
  overall: number | null;
  /** The overall band after the caps; null when there is no overall index. */
  overallBand: BandId | null;
  scoredCount: number;
  /** Scored dimensions the overall index needs (6 of 8). */
  minScored: number;
  /** What keeps the overall band below what its number alone would give (empty when nothing does). */
  heldBackBy: { dimensions: string[]; keyItems: string[] };
  evidenceCoverage: number | null;
  answeredItems: number;
  totalItems: number;
}

/** Share of a dimension's applicable statements answered "Tidak tahu" at which it gets no score. */
export const UNKNOWN_SHARE = 0.4;
/** Share of the dimensions that must be scored before there is an overall index (6 of 8). */
export const MIN_SCORED_SHARE = 0.75;

export const isScaleAnswer = (a: Answer | undefined): a is 1 | 2 | 3 | 4 | 5 => typeof a === "number";

/** A value as the results show it: rounded to two decimals (the band is read from this, so the two agree). */
export const shownValue = (mean: number): number => Math.round(mean * 100) / 100;

/** Band of a value: the first band (highest `min` first) whose minimum the value reaches. */
export function bandOf(bank: Pick<BankData, "bands">, value: number): BandId {
  const sorted = [...bank.bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => value >= b.min) ?? sorted[sorted.length - 1]!).id;
}

/** The bands from best to worst. */
const bandsDown = (bank: Pick<BankData, "bands">): BandId[] =>
  [...bank.bands].sort((a, b) => b.min - a.min).map((b) => b.id);

/** `band`, or `cap` when `band` is better than it. */
function capAt(bank: Pick<BankData, "bands">, band: BandId, cap: BandId): BandId {
  const order = bandsDown(bank);
  return order.indexOf(band) < order.indexOf(cap) ? cap : band;
}

/** The mean at which the top band starts (4,0): dimensions below it are priorities. */
export const strengthThreshold = (bank: Pick<BankData, "bands">): number => Math.max(...bank.bands.map((b) => b.min));

export const minScoredDimensions = (bank: Pick<BankData, "dimensions">): number =>
  Math.ceil(bank.dimensions.length * MIN_SCORED_SHARE);

export function scoreDimension(
  bank: BankData,
  dimensionId: string,
  answers: Readonly<Record<string, Answer>>,
  evidence: Readonly<Record<string, readonly string[]>> = {},
): DimensionScore {
  const order = bank.dimensions.findIndex((d) => d.id === dimensionId);
  const dim = bank.dimensions[order];
  if (!dim) throw new Error(`Unknown dimension ${dimensionId}`);
  const keys = new Set(bank.keyItems);
  const items = bank.items.filter((i) => i.dimension === dimensionId);
  let sum = 0;
  let answered = 0;
  let tb = 0;
  let tt = 0;
  let highWithEvidence = 0;
  const lowItems: string[] = [];
  const unbackedItems: string[] = [];
  const highItems: string[] = [];
  for (const item of items) {
    const a = answers[item.id];
    if (isScaleAnswer(a)) {
      sum += a;
      answered++;
      if (a <= 2) lowItems.push(item.id);
      if (a >= 4) {
        highItems.push(item.id);
        if ((evidence[item.id]?.length ?? 0) > 0) highWithEvidence++;
        else unbackedItems.push(item.id);
      }
    } else if (a === "tb") tb++;
    else if (a === "tt") tt++;
  }
  const applicable = items.length - tb;
  const status: DimensionStatus =
    items.length > 0 && applicable === 0
      ? "notApplicable"
      : tt > 0 && tt >= UNKNOWN_SHARE * applicable
        ? "unknown"
        : answered > 0 && answered * 2 >= applicable
          ? "scored"
          : "insufficient";
  const scored = status === "scored";
  const mean = scored ? sum / answered : null;
  const shown = mean === null ? null : shownValue(mean);
  const unmetKeyItems = items
    .filter((i) => keys.has(i.id) && (answers[i.id] === "tb" || answers[i.id] === "tt" || lowItems.includes(i.id)))
    .map((i) => i.id);
  const worst = bandsDown(bank).at(-1)!;
  const band =
    shown === null ? null : unmetKeyItems.length > 0 ? capAt(bank, bandOf(bank, shown), worst) : bandOf(bank, shown);
  return {
    id: dim.id,
    name: dim.name,
    shortLabel: dim.shortLabel,
    order,
    items: items.length,
    answered,
    tidakBerlaku: tb,
    tidakTahu: tt,
    unanswered: items.length - answered - tb - tt,
    status,
    scored,
    mean,
    shown,
    band,
    unmetKeyItems,
    lowItems,
    unbackedItems,
    high: highItems.length,
    highWithEvidence,
    evidenceCoverage: highItems.length > 0 ? highWithEvidence / highItems.length : null,
    manyUnknown: tt >= 2 && tt * 3 >= applicable,
  };
}

export function scoreResult(
  bank: BankData,
  answers: Readonly<Record<string, Answer>>,
  evidence: Readonly<Record<string, readonly string[]>> = {},
): ResultScore {
  const dimensions = bank.dimensions.map((d) => scoreDimension(bank, d.id, answers, evidence));
  const means = dimensions.flatMap((d) => (d.mean === null ? [] : [d.mean]));
  const minScored = minScoredDimensions(bank);
  const overall = means.length >= minScored ? shownValue(means.reduce((s, m) => s + m, 0) / means.length) : null;
  const down = bandsDown(bank);
  const worst = down.at(-1)!;
  // A dimension in the worst band or a key item answered low holds the overall verdict one band above the worst.
  const heldBackBy = {
    dimensions: dimensions.filter((d) => d.band === worst).map((d) => d.id),
    keyItems: dimensions.flatMap((d) => d.unmetKeyItems),
  };
  const held = heldBackBy.dimensions.length > 0 || heldBackBy.keyItems.length > 0;
  const overallBand =
    overall === null ? null : held ? capAt(bank, bandOf(bank, overall), down[1] ?? worst) : bandOf(bank, overall);
  const high = dimensions.reduce((s, d) => s + d.high, 0);
  const backed = dimensions.reduce((s, d) => s + d.highWithEvidence, 0);
  return {
    dimensions,
    overall,
    overallBand,
    scoredCount: means.length,
    minScored,
    heldBackBy:
      overall !== null && overallBand !== bandOf(bank, overall) ? heldBackBy : { dimensions: [], keyItems: [] },
    evidenceCoverage: high > 0 ? backed / high : null,
    answeredItems: bank.items.filter((i) => answers[i.id] !== undefined).length,
    totalItems: bank.items.length,
  };
}

export interface Priorities {
  dimensions: DimensionScore[];
  /** Why fewer than `limit` priorities are shown; empty when the list is full. */
  notes: Message[];
}

/** Share of "Tidak tahu" among a dimension's applicable statements (the tie-break: less known comes first). */
const unknownShare = (d: DimensionScore) =>
  d.items - d.tidakBerlaku > 0 ? d.tidakTahu / (d.items - d.tidakBerlaku) : 0;

/**
 * Scored dimensions below the top band: first those a key item holds down, then lowest mean first; ties: the larger
 * share of "Tidak tahu" first, then bank order.
 */
export function priorities(bank: BankData, score: ResultScore, limit = 3): Priorities {
  const top = bandsDown(bank)[0];
  const below = score.dimensions
    .filter((d): d is DimensionScore & { mean: number } => d.mean !== null && d.band !== top)
    .sort(
      (a, b) =>
        Number(b.unmetKeyItems.length > 0) - Number(a.unmetKeyItems.length > 0) ||
        a.mean - b.mean ||
        unknownShare(b) - unknownShare(a) ||
        a.order - b.order,
    );
  const chosen = below.slice(0, limit);
  const notes: Message[] = [];
  if (chosen.length < limit) {
    const unscored = score.dimensions.filter((d) => !d.scored && d.status !== "notApplicable").length;
    const strengths = score.dimensions.filter((d) => d.band === top).length;
    if (score.scoredCount === 0) notes.push(message("report.priorities.noneScored"));
    else if (chosen.length === 0 && unscored === 0) notes.push(message("report.priorities.allStrong"));
    else if (chosen.length === 0) notes.push(message("report.priorities.allScoredStrong"));
    else
      notes.push(
        message("report.priorities.onlySome", {
          n: chosen.length,
          threshold: formatDecimal(strengthThreshold(bank)),
          strengths,
        }),
      );
    if (unscored > 0 && score.scoredCount > 0) notes.push(message("report.priorities.unscored", { n: unscored }));
  }
  return { dimensions: chosen, notes };
}
