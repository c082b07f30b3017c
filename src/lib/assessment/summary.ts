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
  /** The overall index and its band, or null when no dimension has enough data. */
  overall: { mean: string; of100: string; band: string; scored: number; total: number } | null;
  /** Every band in bank order (highest first) with the names of its dimensions. */
  byBand: { label: string; names: string[] }[];
  /** Dimensions without enough data. */
  unscored: string[];
  /** Dimensions where many answers are "Tidak tahu" (a finding in itself). */
  manyUnknown: string[];
}

export function summarize(bank: BankData, score: ResultScore): ResultSummary {
  return {
    overall:
      score.overall === null || score.overallBand === null
        ? null
        : {
            mean: formatMean(score.overall),
            of100: formatDecimal(score.overall100 ?? 0),
            band: bandName(bank, score.overallBand),
            scored: score.scoredCount,
            total: score.dimensions.length,
          },
    byBand: [...bank.bands]
      .sort((a, b) => b.min - a.min)
      .map((band) => ({
        label: band.label,
        names: score.dimensions.filter((d) => d.band === band.id).map((d) => d.name),
      })),
    unscored: score.dimensions.filter((d) => !d.scored).map((d) => d.name),
    manyUnknown: score.dimensions.filter((d) => d.manyUnknown).map((d) => d.name),
  };
}
