// The two spreadsheet exports of one result: per statement and per dimension, in the site's CSV conventions.
import { exportFileName } from "../../../lib/assessment/codec-json";
import { dimensionsCsv, itemsCsv } from "../../../lib/assessment/codec-csv";
import { resultDay } from "../../../lib/assessment/format";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { csvLabels, t } from "../../../i18n/share";
import { downloadText } from "./download";

/** A spreadsheet export; `part` names it in the file name. */
const downloadCsv = (result: StoredResult, part: string, csv: string): boolean =>
  downloadText(exportFileName(result, resultDay(result), "csv", part), csv, "text/csv");

export const downloadItemsCsv = (bank: BankData, result: StoredResult) =>
  downloadCsv(result, t("share.file.items"), itemsCsv(bank, result, csvLabels()));

export const downloadDimensionsCsv = (bank: BankData, result: StoredResult) =>
  downloadCsv(result, t("share.file.dimensions"), dimensionsCsv(bank, result, csvLabels()));
