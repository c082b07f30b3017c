// The JSON export of one result (the file that the history, the comparison and the import read back).
import { encodeExport, exportFileName } from "../../../lib/assessment/codec-json";
import { resultDay } from "../../../lib/assessment/format";
import type { StoredResult } from "../../../lib/assessment/types";
import { downloadText } from "./download";

export function downloadJson(result: StoredResult): boolean {
  return downloadText(exportFileName(result, resultDay(result), "json"), encodeExport(result), "application/json");
}
