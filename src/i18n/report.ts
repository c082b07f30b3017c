// A result report's words, for the results step and the read-only result.
import type { ResultSummary } from "../lib/assessment/summary";
import assessment from "./id/assessment";
import report from "./id/report";
import { makeT, makeTm } from "./make-t";

const all = { ...report, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
export { bandLabel, dimensionVerdict, statusLabel, resultTitle } from "./assessment";

/** The summary facts as sentences: overall, one clause per band, unscored, many "Tidak tahu". */
export function summaryLines(s: ResultSummary): string[] {
  const none = t("report.summary.none");
  const bands = s.byBand.map((b) => t("report.summary.bandPart", { band: b.label, names: b.names.join(", ") || none }));
  const lines = [
    s.overall
      ? t("report.summary.overall", s.overall)
      : t("report.summary.noOverall", { scored: s.scored, total: s.total, min: s.minScored }),
    `${bands.join("; ")}.`,
  ];
  if (s.insufficient.length > 0) lines.push(t("report.summary.unscored", { names: s.insufficient.join(", ") }));
  if (s.unknown.length > 0) lines.push(t("report.summary.unknown", { names: s.unknown.join(", ") }));
  if (s.notApplicable.length > 0) lines.push(t("report.summary.notApplicable", { names: s.notApplicable.join(", ") }));
  if (s.manyUnknown.length > 0) lines.push(t("report.summary.manyUnknown", { names: s.manyUnknown.join(", ") }));
  return lines;
}
