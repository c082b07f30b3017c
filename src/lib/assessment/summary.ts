// The facts under the charts, as data: the report writes them as sentences (the same facts as the table).
import { formatDecimal } from "../site/format";
import type { ResultScore } from "./scoring";
import type { BandId, BankData } from "./types";

/** The bank's own label of a band. */
export const bandName = (bank: Pick<BankData, "bands">, id: BandId): string =>
  bank.bands.find((b) => b.id === id)?.label ?? id;

/** "3,75" or "–" for an unscored value. */
export const formatMean = (mean: number | null): string => (mean === null ? "–" : formatDecimal(mean));

export interface ResultSummary {
  /** The overall index and its band, or null when too few dimensions have enough data. */
  overall: { mean: string; band: string; scored: number; total: number } | null;
  /** Scored dimensions, how many the overall index needs, and how many there are. */
  scored: number;
  minScored: number;
  total: number;
  /** Every band in bank order (highest first) with the names of its dimensions. */
  byBand: { label: string; names: string[] }[];
  /** Dimensions without enough 1–5 answers. */
  insufficient: string[];
  /** Dimensions without a score because "Tidak tahu" covers 40 % or more of them. */
  unknown: string[];
  /** Dimensions where every statement is "Tidak berlaku". */
  notApplicable: string[];
  /** Scored dimensions where many answers are "Tidak tahu" (a finding in itself). */
  manyUnknown: string[];
}

export function summarize(bank: BankData, score: ResultScore): ResultSummary {
  const named = (status: string) => score.dimensions.filter((d) => d.status === status).map((d) => d.name);
  return {
    overall:
      score.overall === null || score.overallBand === null
        ? null
        : {
            mean: formatMean(score.overall),
            band: bandName(bank, score.overallBand),
            scored: score.scoredCount,
            total: score.dimensions.length,
          },
    scored: score.scoredCount,
    minScored: score.minScored,
    total: score.dimensions.length,
    byBand: [...bank.bands]
      .sort((a, b) => b.min - a.min)
      .map((band) => ({
        label: band.label,
        names: score.dimensions.filter((d) => d.band === band.id).map((d) => d.name),
      })),
    insufficient: named("insufficient"),
    unknown: named("unknown"),
    notApplicable: named("notApplicable"),
    manyUnknown: score.dimensions.filter((d) => d.scored && d.manyUnknown).map((d) => d.name),
  };
}
