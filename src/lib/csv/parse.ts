// A strict RFC 4180 reader for the files encodeCsv writes: used by tests and by anything that reads a CSV back.
import { CSV_BOM } from "./encode";

export interface ParsedCsv {
  /** True when the text started with a UTF-8 byte order mark. */
  bom: boolean;
  rows: string[][];
}

/** Splits CSV text into rows of cells; a quoted cell may hold the separator, quotes ("") and line breaks. */
export function parseCsv(text: string, separator = ";"): ParsedCsv {
  const bom = text.startsWith(CSV_BOM);
  const src = bom ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = "";
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && src[i + 1] === "\n") {
      endRow();
      i += 1;
    } else if (ch === "\n") endRow();
    else cell += ch;
    i += 1;
  }
  if (quoted) throw new Error("CSV tidak valid: tanda kutip tidak ditutup.");
  if (cell !== "" || row.length > 0) endRow();
  return { bom, rows };
}
