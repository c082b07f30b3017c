// Small display helpers shared by the history, results and comparison islands.
import { formatLocalDate, localDate } from "../../../lib/assessment/dates";
import { formatDecimal } from "../../../lib/site/format";
import type { StoredResult } from "../../../lib/assessment/types";

/** The date a person would name: the context date if given, else the local completion date. */
export const resultDate = (r: StoredResult): string =>
  formatLocalDate(r.context.tanggal || localDate(new Date(r.completedAt ?? r.updatedAt)));

/** A name for lists: the user's label, else agency and partnership, else a neutral default. */
export const resultTitle = (r: StoredResult): string =>
  r.name || [r.context.instansi, r.context.kemitraan].filter(Boolean).join(" – ") || "Penilaian tanpa nama";

/** +0,50 / −0,25 / 0,00, with the direction in words for readers of the table. */
export function formatChange(change: number | null): string {
  if (change === null) return "–";
  if (Math.abs(change) < 0.005) return "0,00 (tetap)";
  return change > 0 ? `+${formatDecimal(change)} (naik)` : `−${formatDecimal(-change)} (turun)`;
}
