// The register as CSV for spreadsheets, with the site's conventions (UTF-8 BOM, ";", CRLF, formula cells
// prefixed; see csv/encode) and dates as YYYY-MM-DD like the assessment exports. The header row is the import's
// own vocabulary, so an exported file imports back into the same entries.
import { encodeCsv, type CsvValue } from "../csv/encode";
import { localDate } from "../site/dates";
import { importFields } from "./import-columns";
import { linkedAssessments, type AssessmentSummary } from "./linked-assessments";
import { sortByEndDate } from "./list";
import { partnerTypeLabel, translator, type RegisterText } from "./messages";
import type { RegisterEntry } from "./types";

/**
 * One row per entry in the default order (by end date); several partners go on separate lines of one cell. With
 * `summaries` (the history's linked assessments), a last column gives the latest assessment: its category, local
 * completion date and trend. The import does not know that column's header, so it ignores it on the way back.
 */
export function registerCsv(
  entries: readonly RegisterEntry[],
  text: RegisterText,
  summaries?: readonly AssessmentSummary[],
): string {
  const t = translator(text);
  const header: CsvValue[] = importFields.map((f) => t(`register.column.${f}`));
  if (summaries) header.push(t("register.column.latest"));
  const rows: CsvValue[][] = [header];
  for (const e of sortByEndDate(entries)) {
    const row: CsvValue[] = [
      e.name,
      e.partners.map((p) => p.name).join("\n"),
      e.partners.map((p) => partnerTypeLabel(p.type, text)).join("\n"),
      t(`register.instrument.${e.instrument}`),
      e.number,
      e.signedOn,
      e.endsOn,
      e.personInCharge,
      t(`register.status.${e.status}`),
      e.reviewOn,
      e.note,
    ];
    if (summaries) {
      const linked = linkedAssessments(e.assessmentIds, summaries);
      const latest = linked.latest;
      row.push(
        latest
          ? t("register.export.latest", {
              band: latest.overallBand ? t(`register.band.${latest.overallBand}`) : t("register.band.none"),
              date: localDate(new Date(latest.completedAt)),
              trend: t(`register.trend.${linked.trend}`),
            })
          : "",
      );
    }
    rows.push(row);
  }
  return encodeCsv(rows);
}

/** "siapmitra-daftar-kemitraan-2026-11-28.csv": the local date of the export. */
export const registerFileName = (localDay: string, ext: "csv" | "ics" | "json"): string =>
  `siapmitra-daftar-kemitraan-${localDay}.${ext}`;
