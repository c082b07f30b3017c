// Problem codes of the CSV import. File problems stop the whole import; a row error keeps that row out until the
// user fixes it in the preview; a warning is shown but the row can be imported as read.
import type { Problem } from "./types";

export const fileProblemCodes = [
  "import.fileEmpty",
  "import.fileTooLarge",
  "import.fileIsWorkbook",
  "import.fileNotText",
  "import.unclosedQuote",
  "import.tooManyRows",
  "import.noRows",
  "import.nameColumnMissing",
] as const;

export const rowErrorCodes = [
  "import.nameMissing",
  "import.tooLong",
  "import.partnersTooMany",
  "import.dateInvalid",
  "import.dateMonthFirst",
  "import.endBeforeStart",
  "import.statusUnknown",
  "import.instrumentUnknown",
  "import.duplicateExisting",
  "import.duplicateInFile",
] as const;

export const warningCodes = [
  "import.rowsAboveHeader",
  "import.mappingDuplicate",
  "import.formulaCell",
  "import.partnerTypeUnknown",
  "import.partnerTypesWithoutPartners",
  "import.instrumentAssumed",
  "import.statusAssumedActive",
  "import.statusAssumedEnded",
  "import.extraCells",
] as const;

export type FileProblemCode = (typeof fileProblemCodes)[number];
export type RowErrorCode = (typeof rowErrorCodes)[number];
export type WarningCode = (typeof warningCodes)[number];
export type ImportProblemCode = FileProblemCode | RowErrorCode | WarningCode;

export interface ImportProblem extends Problem<ImportProblemCode> {
  severity: "error" | "warning";
}

const warnings = new Set<string>(warningCodes);

export const importProblem = (
  code: ImportProblemCode,
  params?: Readonly<Record<string, string | number>>,
): ImportProblem => ({ code, severity: warnings.has(code) ? "warning" : "error", ...(params ? { params } : {}) });

export const hasErrors = (problems: readonly ImportProblem[]): boolean => problems.some((p) => p.severity === "error");
