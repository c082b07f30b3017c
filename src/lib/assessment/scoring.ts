// The published scoring rules (see /penilaian/metodologi/). Pure functions over a bank and a set of answers.
import type { Answer, BandId, BankData } from "./types";
import { formatDecimal } from "../site/format";
import { message, type Message } from "../util/message";

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
  /** True when answered 1–5 ≥ half of (items − Tidak berlaku). */
  scored: boolean;
  /** Unrounded mean of 1–5 answers (null when not scored). */
  mean: number | null;
  /** (mean − 1) / 4 × 100 (null when not scored). */
  score100: number | null;
  band: BandId | null;
  /** 4–5 answers, and how many of them have at least one evidence item ticked. */
  high: number;
  highWithEvidence: number;
  /** highWithEvidence / high, or null when there is no 4–5 answer. */
  evidenceCoverage: number | null;
  /** Many "Tidak tahu" is a finding in itself: at least 2 and at least a third of the applicable items. */
  manyUnknown: boolean;
}

export interface ResultScore {
  dimensions: DimensionScore[];
  /** Mean of the scored dimensions' means (null when none is scored). */
  overall: number | null;
  overall100: number | null;
  overallBand: BandId | null;
  scoredCount: number;
  evidenceCoverage: number | null;
  answeredItems: number;
  totalItems: number;
}

export const isScaleAnswer = (a: Answer | undefined): a is 1 | 2 | 3 | 4 | 5 => typeof a === "number";

export const to100 = (mean: number): number => ((mean - 1) / 4) * 100;

/** Band of an unrounded mean: the first band (highest `min` first) whose minimum the mean reaches. */
export function bandOf(bank: Pick<BankData, "bands">, mean: number): BandId {
  const sorted = [...bank.bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => mean >= b.min) ?? sorted[sorted.length - 1]!).id;
}

/** The mean at which the top band starts (4,0): dimensions below it are priorities. */
export const strengthThreshold = (bank: Pick<BankData, "bands">): number => Math.max(...bank.bands.map((b) => b.min));

export function scoreDimension(
  bank: BankData,
  dimensionId: string,
  answers: Readonly<Record<string, Answer>>,
  evidence: Readonly<Record<string, readonly string[]>> = {},
): DimensionScore {
  const order = bank.dimensions.findIndex((d) => d.id === dimensionId);
  const dim = bank.dimensions[order];
  if (!dim) throw new Error(`Unknown dimension ${dimensionId}`);
  const items = bank.items.filter((i) => i.dimension === dimensionId);
  let sum = 0;
  let answered = 0;
  let tb = 0;
  let tt = 0;
  let high = 0;
  let highWithEvidence = 0;
  for (const item of items) {
    const a = answers[item.id];
    if (isScaleAnswer(a)) {
      sum += a;
      answered++;
      if (a >= 4) {
        high++;
        if ((evidence[item.id]?.length ?? 0) > 0) highWithEvidence++;
      }
    } else if (a === "tb") tb++;
    else if (a === "tt") tt++;
  }
  const applicable = items.length - tb;
  const scored = applicable > 0 && answered > 0 && answered * 2 >= applicable;
  const mean = scored ? sum / answered : null;
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
    scored,
    mean,
    score100: mean === null ? null : to100(mean),
    band: mean === null ? null : bandOf(bank, mean),
    high,
    highWithEvidence,
    evidenceCoverage: high > 0 ? highWithEvidence / high : null,
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
  const overall = means.length > 0 ? means.reduce((s, m) => s + m, 0) / means.length : null;
  const high = dimensions.reduce((s, d) => s + d.high, 0);
  const backed = dimensions.reduce((s, d) => s + d.highWithEvidence, 0);
  return {
    dimensions,
    overall,
    overall100: overall === null ? null : to100(overall),
    overallBand: overall === null ? null : bandOf(bank, overall),
    scoredCount: means.length,
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

/** Scored dimensions below the top band, lowest first; ties: more "Tidak tahu" first, then bank order. */
export function priorities(bank: BankData, score: ResultScore, limit = 3): Priorities {
  const threshold = strengthThreshold(bank);
  const below = score.dimensions
    .filter((d): d is DimensionScore & { mean: number } => d.mean !== null && d.mean < threshold)
    .sort((a, b) => a.mean - b.mean || b.tidakTahu - a.tidakTahu || a.order - b.order);
  const chosen = below.slice(0, limit);
  const notes: Message[] = [];
  if (chosen.length < limit) {
    const unscored = score.dimensions.filter((d) => !d.scored).length;
    const strengths = score.dimensions.filter((d) => d.mean !== null && d.mean >= threshold).length;
    if (score.scoredCount === 0) notes.push(message("report.priorities.noneScored"));
    else if (chosen.length === 0 && unscored === 0) notes.push(message("report.priorities.allStrong"));
    else if (chosen.length === 0) notes.push(message("report.priorities.allScoredStrong"));
    else
      notes.push(
        message("report.priorities.onlySome", {
          n: chosen.length,
          threshold: formatDecimal(threshold),
          strengths,
        }),
      );
    if (unscored > 0 && score.scoredCount > 0) notes.push(message("report.priorities.unscored", { n: unscored }));
  }
  return { dimensions: chosen, notes };
}
