// CSV for spreadsheets set to Indonesian: Excel with the id-ID locale splits on ";" (the list separator there,
// because "," is the decimal mark) and reads UTF-8 only when the file starts with a byte order mark.

/**
 * A cell value: text as is, numbers with a decimal comma, null/undefined empty. No booleans: a yes/no cell is a word
 * of the caller's dictionary, as every other word in the file.
 */
export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  /** Field separator; default ";". */
  separator?: string;
  /** Line ending; default CRLF (RFC 4180). */
  eol?: string;
  /** Start with U+FEFF so Excel reads UTF-8; default true. */
  bom?: boolean;
}

export const CSV_BOM = "\uFEFF";

// Cells that a spreadsheet would run as a formula (CSV injection, OWASP): tab and CR are included because
// some spreadsheets strip them and then see the next character.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Formats one value as the text of a cell, before quoting. */
export function csvText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // No thousands separator: Excel id-ID reads "1234,5" as a number but "1.234,5" only sometimes.
    return String(value).replace(".", ",");
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell, quoted when it holds the separator, a quote, a line break or edge spaces. */
export function csvCell(value: CsvValue, separator = ";"): string {
  const text = csvText(value);
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || (text.length > 0 && text.trim() !== text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Encodes rows (the first is usually the header) as one CSV document. */
export function encodeCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const { separator = ";", eol = "\r\n", bom = true } = options;
  if (separator.length !== 1 || /["\r\n]/.test(separator)) throw new Error(`Invalid CSV separator: "${separator}"`);
  const body = rows.map((row) => row.map((v) => csvCell(v, separator)).join(separator)).join(eol);
  return (bom ? CSV_BOM : "") + body + (rows.length > 0 ? eol : "");
}
