// The files a result can be downloaded as: the JSON export (for import) and the two spreadsheets.
import { encodeExport, exportFileName } from "../../../lib/assessment/codec-json";
import { dimensionsCsv, itemsCsv } from "../../../lib/assessment/codec-csv";
import { resultDay } from "../../../lib/assessment/format";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { csvLabels, t } from "../../../i18n/share";
import { downloadText } from "./download";

export function downloadJson(result: StoredResult): boolean {
  return downloadText(exportFileName(result, resultDay(result), "json"), encodeExport(result), "application/json");
}

/** A spreadsheet export; `part` names it in the file name. */
const downloadCsv = (result: StoredResult, part: string, csv: string): boolean =>
  downloadText(exportFileName(result, resultDay(result), "csv", part), csv, "text/csv");

export const downloadItemsCsv = (bank: BankData, result: StoredResult) =>
  downloadCsv(result, t("share.file.items"), itemsCsv(bank, result, csvLabels()));

export const downloadDimensionsCsv = (bank: BankData, result: StoredResult) =>
  downloadCsv(result, t("share.file.dimensions"), dimensionsCsv(bank, result, csvLabels()));
