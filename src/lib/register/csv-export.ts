// The register as CSV for spreadsheets, with the site's conventions (UTF-8 BOM, ";", CRLF, formula cells
// prefixed; see csv/encode) and dates as YYYY-MM-DD like the assessment exports. The header row is the import's
// own vocabulary, so an exported file imports back into the same entries.
import { encodeCsv, type CsvValue } from "../csv/encode";
import { importFields } from "./import-columns";
import { sortByEndDate } from "./list";
import { partnerTypeLabel, translator, type RegisterText } from "./messages";
import type { RegisterEntry } from "./types";

/** One row per entry in the default order (by end date); several partners go on separate lines of one cell. */
export function registerCsv(entries: readonly RegisterEntry[], text: RegisterText): string {
  const t = translator(text);
  const rows: CsvValue[][] = [importFields.map((f) => t(`register.column.${f}`))];
  for (const e of sortByEndDate(entries))
    rows.push([
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
    ]);
  return encodeCsv(rows);
}

/** "siapmitra-daftar-kemitraan-2026-11-28.csv": the local date of the export. */
export const registerFileName = (localDay: string, ext: "csv" | "ics" | "json"): string =>
  `siapmitra-daftar-kemitraan-${localDay}.${ext}`;
