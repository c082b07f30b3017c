// Uploaded bytes → a header and data rows, or the file problem that stops the import. Never throws.
import { scanCsv } from "../csv/parse";
import { detectDialect, type Delimiter } from "./csv-dialect";
import { headerScore } from "./import-columns";
import { importProblem, type ImportProblem } from "./import-problems";
import { decodeText, type TextEncoding } from "./text-decode";
import { limits } from "./types";

/** Larger files are refused before decoding: 10,000 full rows of this register take about 3 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Data rows an import may hold (the register's own size limit). */
export const MAX_IMPORT_ROWS = limits.entries;
/** Rows scanned for the header: a title and a blank line or two above it are common. */
const HEADER_SEARCH_ROWS = 10;
// Blank lines and title rows are tolerated on top of the data rows before a file counts as too long.
const ROW_SLACK = 1000;

export interface CsvRecord {
  /** Row number as a spreadsheet shows it (the first row of the file is 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  encoding: TextEncoding | undefined;
  delimiter: Delimiter | undefined;
  header: string[];
  /** Spreadsheet row number of the header, 0 when there is none. */
  headerRow: number;
  /** Data rows below the header, blank ones left out. */
  records: CsvRecord[];
  /** Problems of the whole file; any "error" among them stops the import. */
  problems: ImportProblem[];
}

const empty = (problems: ImportProblem[], encoding?: TextEncoding, delimiter?: Delimiter): CsvTable => ({
  encoding,
  delimiter,
  header: [],
  headerRow: 0,
  records: [],
  problems,
});

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

// Zip (xlsx, ods) and OLE compound files (xls) start with these bytes.
const isWorkbook = (b: Uint8Array) =>
  (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) ||
  (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);

/**
 * Text with a NUL, or where more than 1 in 100 characters is a control character other than tab and line breaks,
 * is not a spreadsheet export (an image, a PDF, UTF-16 without a byte order mark).
 */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > text.length / 100;
}

export function readCsvTable(bytes: Uint8Array): CsvTable {
  if (bytes.length === 0) return empty([importProblem("register.import.fileEmpty")]);
  if (bytes.length > MAX_IMPORT_BYTES)
    return empty([importProblem("register.import.fileTooLarge", { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 })]);
  if (isWorkbook(bytes)) return empty([importProblem("register.import.fileIsWorkbook")]);
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) return empty([importProblem("register.import.fileNotText")], encoding);
  if (text.trim() === "") return empty([importProblem("register.import.fileEmpty")], encoding);
  const { delimiter, skip } = detectDialect(text);
  const scanned = scanCsv(text.slice(skip), delimiter, MAX_IMPORT_ROWS + ROW_SLACK);
  if (scanned.unclosedQuoteRow !== undefined)
    return empty(
      [importProblem("register.import.unclosedQuote", { row: scanned.unclosedQuoteRow + 1 })],
      encoding,
      delimiter,
    );

  const rows = scanned.rows;
  const firstRows: number[] = [];
  for (let i = 0; i < rows.length && firstRows.length < HEADER_SEARCH_ROWS; i++)
    if (!isBlank(rows[i] as string[])) firstRows.push(i);
  // The header is the first row naming at least two known fields, else the first non-blank row.
  const headerAt = firstRows.find((i) => headerScore(rows[i] as string[]) >= 2) ?? firstRows[0];
  if (headerAt === undefined) return empty([importProblem("register.import.fileEmpty")], encoding, delimiter);

  const problems: ImportProblem[] = [];
  const above = firstRows.filter((i) => i < headerAt).length;
  if (above > 0) problems.push(importProblem("register.import.rowsAboveHeader", { count: above, row: headerAt + 1 }));
  const records: CsvRecord[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i] as string[];
    if (!isBlank(cells)) records.push({ row: i + 1, cells });
  }
  if (scanned.truncated || records.length > MAX_IMPORT_ROWS)
    return empty([importProblem("register.import.tooManyRows", { max: MAX_IMPORT_ROWS })], encoding, delimiter);
  if (records.length === 0) problems.push(importProblem("register.import.noRows"));
  return {
    encoding,
    delimiter,
    header: (rows[headerAt] as string[]).map((h) => h.replace(/^\uFEFF/, "").trim()),
    headerRow: headerAt + 1,
    records,
    problems,
  };
}
