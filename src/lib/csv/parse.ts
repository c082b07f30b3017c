// An RFC 4180 reader: strict (parseCsv, for the files encodeCsv writes, used by tests and by anything that reads a
// CSV back) and tolerant (scanCsv, for files people upload, which must never make the page throw).
import { CSV_BOM } from "./encode";

export interface ParsedCsv {
  /** True when the text started with a UTF-8 byte order mark. */
  bom: boolean;
  rows: string[][];
}

export interface ScannedCsv {
  rows: string[][];
  /** Index of the row in which a quoted cell was opened and never closed (that cell then runs to the end). */
  unclosedQuoteRow?: number;
  /** True when reading stopped at `maxRows` with text left over. */
  truncated: boolean;
}

/**
 * Splits CSV text into rows of cells; a quoted cell may hold the separator, quotes ("") and line breaks. Rows end at
 * CRLF or LF. Never throws: an unclosed quote is reported, and reading stops after `maxRows` rows.
 */
export function scanCsv(src: string, separator = ";", maxRows = Infinity): ScannedCsv {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let quoteRow = -1;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = "";
  };
  while (i < src.length) {
    if (rows.length >= maxRows) return { rows, truncated: true };
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      // Copy the run up to the next quote in one step: a long quoted cell is otherwise quadratic to build.
      if (ch !== '"') {
        const next = src.indexOf('"', i);
        const end = next === -1 ? src.length : next;
        cell += src.slice(i, end);
        i = end;
        continue;
      }
      quoted = false;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      quoteRow = rows.length;
    } else if (ch === separator) {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && src[i + 1] === "\n") {
      endRow();
      i += 1;
    } else if (ch === "\n") endRow();
    else cell += ch;
    i += 1;
  }
  if (cell !== "" || row.length > 0 || quoted) endRow();
  return quoted ? { rows, unclosedQuoteRow: quoteRow, truncated: false } : { rows, truncated: false };
}

/** Strict reading of a file encodeCsv wrote: the BOM is reported and stripped, an unclosed quote throws. */
export function parseCsv(text: string, separator = ";"): ParsedCsv {
  const bom = text.startsWith(CSV_BOM);
  const scanned = scanCsv(bom ? text.slice(1) : text, separator);
  if (scanned.unclosedQuoteRow !== undefined) throw new Error("Invalid CSV: unclosed quote.");
  return { bom, rows: scanned.rows };
}
