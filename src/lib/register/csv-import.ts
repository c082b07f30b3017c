// Import of an agency's existing list from CSV, in two steps: previewCsvImport reads the file and shows how each
// column maps and what is wrong with each row; confirmImport turns only the rows the user confirmed into new
// entries. Nothing is written here and nothing in the register is replaced (storage.addEntries does the writing).
// Formats accepted: see readCsvTable (bytes, encodings, separators), parseImportDate (dates), import-columns
// (header names) and import-values (instrument, status and partner type spellings). Never throws.
import { randomId } from "../util/random-id";
import { readCsvTable, type CsvTable } from "./csv-table";
import { DuplicateIndex } from "./import-duplicates";
import { guessMapping, importFields, type ColumnMapping, type ImportField } from "./import-columns";
import { hasErrors, importProblem, type ImportProblem } from "./import-problems";
import { checkRow, emptyRowFields, rowKey, type RowFields } from "./import-row";
import { validateEntry } from "./validate";
import { REGISTER_FORMAT, type EntryFields, type RegisterEntry } from "./types";

export interface ImportColumn {
  /** Header text from the file ("" when the column had none). */
  header: string;
  /** The field this column fills in this preview (the user's choice, or the guess). */
  field: ImportField | null;
  /** The field guessed from the header, so the UI can offer "kembalikan". */
  guessed: ImportField | null;
  /** Up to three non-empty values from the top of the column, to help the user choose. */
  samples: string[];
}

export interface ImportRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** Raw text per field; the UI edits these and calls recheckRows. */
  fields: RowFields;
  /** The entry's fields when the row has no error. */
  entry?: EntryFields;
  problems: ImportProblem[];
}

export interface ImportPreview {
  encoding: CsvTable["encoding"];
  delimiter: CsvTable["delimiter"];
  headerRow: number;
  columns: ImportColumn[];
  mapping: (ImportField | null)[];
  rows: ImportRow[];
  /** File problems (errors stop the import) and mapping warnings. */
  problems: ImportProblem[];
  /** Rows without errors, ready to import as they are. */
  ready: number;
}

export interface ImportOptions {
  /** The user's mapping, one field (or null) per column; absent: guessed from the header. */
  mapping?: ColumnMapping;
  /** The register as it is, for the duplicate check. */
  existing?: readonly RegisterEntry[];
  /** Local date YYYY-MM-DD, used to read a row without a status (see checkRow). */
  today?: string;
}

const isField = (v: unknown): v is ImportField => (importFields as readonly unknown[]).includes(v);

/** The mapping in force: the user's when given (unknown values ignored, a field's second column dropped). */
function resolveMapping(header: readonly string[], given: ColumnMapping | undefined, problems: ImportProblem[]) {
  const guessed = guessMapping(header);
  if (!given) return { guessed, mapping: guessed };
  const taken = new Map<ImportField, number>();
  const mapping = header.map((h, i) => {
    const f = given[i];
    if (!isField(f)) return null;
    if (taken.has(f)) {
      problems.push(
        importProblem("register.import.mappingDuplicate", { column: h || String(i + 1), first: taken.get(f)! + 1 }),
      );
      return null;
    }
    taken.set(f, i);
    return f;
  });
  return { guessed, mapping };
}

const columnNames = (header: readonly string[], mapping: readonly (ImportField | null)[]) => {
  const out: Partial<Record<ImportField, string>> = {};
  mapping.forEach((f, i) => {
    if (f) out[f] = header[i] || String(i + 1);
  });
  return out;
};

/** Checks every row in file order, each against the register and the rows above it (duplicates). */
function checkAll(
  rows: readonly Pick<ImportRow, "row" | "fields">[],
  header: readonly string[],
  mapping: readonly (ImportField | null)[],
  options: ImportOptions,
  extraCells: ReadonlySet<number> = new Set(),
): ImportRow[] {
  const existing = new DuplicateIndex<RegisterEntry>();
  for (const e of options.existing ?? []) existing.add(e, e);
  const earlier = new DuplicateIndex<number>();
  const ctx = { columnOf: columnNames(header, mapping), today: options.today };
  return rows.map(({ row, fields }) => {
    const checked = checkRow(fields, ctx);
    const problems = [...checked.problems];
    if (extraCells.has(row)) problems.push(importProblem("register.import.extraCells"));
    const keyed = checked.fields ?? rowKey(fields);
    const same = existing.find(keyed);
    if (same) problems.push(importProblem("register.import.duplicateExisting", { name: same.name }));
    // One duplicate message is enough: a row already in the register is not also reported against the file.
    const before = same ? undefined : earlier.find(keyed);
    if (before !== undefined) problems.push(importProblem("register.import.duplicateInFile", { row: before }));
    earlier.add(keyed, row);
    return hasErrors(problems) || !checked.fields
      ? { row, fields, problems }
      : { row, fields, entry: checked.fields, problems };
  });
}

/** Builds the preview of a file already read into a table (re-mapping does not re-read the file). */
export function previewTable(table: CsvTable, options: ImportOptions = {}): ImportPreview {
  const problems = [...table.problems];
  const { guessed, mapping } = resolveMapping(table.header, options.mapping, problems);
  const columns: ImportColumn[] = table.header.map((header, i) => ({
    header,
    field: mapping[i] ?? null,
    guessed: guessed[i] ?? null,
    samples: table.records
      .slice(0, 50)
      .map((r) => (r.cells[i] ?? "").trim())
      .filter((v) => v !== "")
      .slice(0, 3),
  }));
  const base = { encoding: table.encoding, delimiter: table.delimiter, headerRow: table.headerRow, columns, mapping };
  if (hasErrors(problems)) return { ...base, rows: [], problems, ready: 0 };
  if (table.records.length > 0 && !mapping.includes("name"))
    problems.push(importProblem("register.import.nameColumnMissing"));
  const extraCells = new Set<number>();
  const rows = table.records.map(({ row, cells }) => {
    const fields = emptyRowFields();
    mapping.forEach((f, i) => {
      if (f) fields[f] = cells[i] ?? "";
    });
    if (cells.slice(table.header.length).some((c) => c.trim() !== "")) extraCells.add(row);
    return { row, fields };
  });
  const checked = checkAll(rows, table.header, mapping, options, extraCells);
  return { ...base, rows: checked, problems, ready: checked.filter((r) => r.entry).length };
}

/** Step 1: the file's bytes → the preview. */
export const previewCsvImport = (bytes: Uint8Array, options: ImportOptions = {}): ImportPreview =>
  previewTable(readCsvTable(bytes), options);

/** After the user edits cells in the preview: every row checked again (an edit can make or clear a duplicate). */
export function recheckRows(
  preview: ImportPreview,
  rows: readonly ImportRow[],
  options: ImportOptions = {},
): ImportPreview {
  const header = preview.columns.map((c) => c.header);
  const extra = new Set(
    rows.filter((r) => r.problems.some((p) => p.key === "register.import.extraCells")).map((r) => r.row),
  );
  const checked = checkAll(rows, header, preview.mapping, options, extra);
  return { ...preview, rows: checked, ready: checked.filter((r) => r.entry).length };
}

export interface ConfirmedImport {
  /** New entries, in file order, with fresh ids; write them with storage.addEntries. */
  entries: RegisterEntry[];
  /** Confirmed rows that were not turned into entries, with the reasons. */
  skipped: { row: number; problems: ImportProblem[] }[];
}

/**
 * Step 2: only the confirmed rows (by row number) of the preview become entries, after a last check against the
 * register as it is now (another tab may have added entries since the preview) and against each other.
 */
export function confirmImport(
  preview: Pick<ImportPreview, "columns" | "mapping" | "rows">,
  confirmed: Iterable<number>,
  options: ImportOptions & { now?: Date; newId?: () => string } = {},
): ConfirmedImport {
  const wanted = new Set(confirmed);
  const chosen = preview.rows.filter((r) => wanted.has(r.row));
  const header = preview.columns.map((c) => c.header);
  const checked = checkAll(chosen, header, preview.mapping, options);
  const at = (options.now ?? new Date()).toISOString();
  const newId = options.newId ?? randomId;
  const out: ConfirmedImport = { entries: [], skipped: [] };
  for (const r of checked) {
    const entry = r.entry
      ? validateEntry({ format: REGISTER_FORMAT, id: newId(), ...r.entry, createdAt: at, updatedAt: at })
      : undefined;
    if (entry?.ok) out.entries.push(entry.value);
    else out.skipped.push({ row: r.row, problems: r.problems.filter((p) => p.severity === "error") });
  }
  return out;
}
