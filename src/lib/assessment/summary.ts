// Plain-language text under the charts: the same facts as the table, in one readable paragraph.
import { formatDecimal } from "../site/format";
import type { ResultScore } from "./scoring";
import type { BankData } from "./types";

export const bandLabel = (bank: Pick<BankData, "bands">, id: string | null): string =>
  id === null ? "Data belum cukup" : (bank.bands.find((b) => b.id === id)?.label ?? id);

/** "3,75" or "–" for an unscored value. */
export const formatMean = (mean: number | null): string => (mean === null ? "–" : formatDecimal(mean));

/** 0.5 → "50%"; null → "–". */
export const formatShare = (share: number | null): string =>
  share === null ? "–" : `${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(share * 100)}%`;

/** Sentences: overall, one per band in bank order ("Kekuatan: A, B."), unscored, many "Tidak tahu". */
export function summarize(bank: BankData, score: ResultScore): string[] {
  const lines: string[] = [];
  if (score.overall === null)
    lines.push("Indeks keseluruhan belum dapat dihitung karena belum ada dimensi dengan data cukup.");
  else
    lines.push(
      `Indeks keseluruhan ${formatMean(score.overall)} dari 5 (${formatDecimal(score.overall100 ?? 0)} dari 100), ` +
        `kategori ${bandLabel(bank, score.overallBand)}, dihitung dari ${score.scoredCount} dari ${score.dimensions.length} dimensi.`,
    );
  const parts = [...bank.bands]
    .sort((a, b) => b.min - a.min)
    .map((band) => {
      const names = score.dimensions.filter((d) => d.band === band.id).map((d) => d.name);
      return `${band.label}: ${names.length > 0 ? names.join(", ") : "tidak ada"}`;
    });
  lines.push(`${parts.join("; ")}.`);
  const unscored = score.dimensions.filter((d) => !d.scored).map((d) => d.name);
  if (unscored.length > 0) lines.push(`Data belum cukup: ${unscored.join(", ")}.`);
  const unknown = score.dimensions.filter((d) => d.manyUnknown).map((d) => d.name);
  if (unknown.length > 0)
    lines.push(
      `Banyak jawaban "Tidak tahu" pada ${unknown.join(", ")}: ini juga temuan, tanda informasi belum dibagikan di dalam tim.`,
    );
  return lines;
}
