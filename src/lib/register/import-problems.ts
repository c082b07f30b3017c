// Problem codes of the CSV import. File problems stop the whole import; a row error keeps that row out until the
// user fixes it in the preview; a warning is shown but the row can be imported as read.
import type { Message, MessageParams } from "../util/message";

export const fileProblemKeys = [
  "register.import.fileEmpty",
  "register.import.fileTooLarge",
  "register.import.fileIsWorkbook",
  "register.import.fileNotText",
  "register.import.unclosedQuote",
  "register.import.tooManyRows",
  "register.import.noRows",
  "register.import.nameColumnMissing",
] as const;

export const rowErrorKeys = [
  "register.import.nameMissing",
  "register.import.tooLong",
  "register.import.partnersTooMany",
  "register.import.dateInvalid",
  "register.import.dateMonthFirst",
  "register.import.endBeforeStart",
  "register.import.statusUnknown",
  "register.import.instrumentUnknown",
  "register.import.duplicateExisting",
  "register.import.duplicateInFile",
] as const;

export const warningKeys = [
  "register.import.rowsAboveHeader",
  "register.import.mappingDuplicate",
  "register.import.formulaCell",
  "register.import.partnerTypeUnknown",
  "register.import.partnerTypesWithoutPartners",
  "register.import.instrumentAssumed",
  "register.import.statusAssumedActive",
  "register.import.statusAssumedEnded",
  "register.import.extraCells",
] as const;

export type ImportProblemKey =
  (typeof fileProblemKeys)[number] | (typeof rowErrorKeys)[number] | (typeof warningKeys)[number];

/** A message (dictionary key and parameters) and whether it keeps the row, or the file, out. */
export interface ImportProblem extends Message<ImportProblemKey> {
  severity: "error" | "warning";
}

const warnings = new Set<string>(warningKeys);

export const importProblem = (key: ImportProblemKey, params?: MessageParams): ImportProblem => ({
  key,
  severity: warnings.has(key) ? "warning" : "error",
  ...(params ? { params } : {}),
});

export const hasErrors = (problems: readonly ImportProblem[]): boolean => problems.some((p) => p.severity === "error");
