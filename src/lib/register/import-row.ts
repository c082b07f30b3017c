// One row of an uploaded list → the fields of a register entry and the row's problems. The preview calls this again
// after the user edits a cell, so a fix is checked by the same rules as the file was.
import { importFields, type ImportField } from "./import-columns";
import { parseImportDate } from "./import-dates";
import { importProblem, type ImportProblem } from "./import-problems";
import { readInstrument, readPartnerType, readStatus } from "./import-values";
import { limits, type EntryFields, type Partner, type RegisterStatus } from "./types";

/** The raw cell text of each field, exactly as read (or as edited in the preview). */
export type RowFields = Record<ImportField, string>;

export interface RowContext {
  /** How the preview names each field's column in messages: the file's own header text. */
  columnOf: Readonly<Partial<Record<ImportField, string>>>;
  /** Local date YYYY-MM-DD; with it, a row without a status whose end date has passed is read as "berakhir". */
  today?: string | undefined;
}

export interface CheckedRow {
  /** The entry's fields when the row has no error (warnings allowed). */
  fields?: EntryFields;
  problems: ImportProblem[];
}

export const emptyRowFields = (): RowFields => Object.fromEntries(importFields.map((f) => [f, ""])) as RowFields;

// A spreadsheet runs a cell starting with these as a formula (CSV injection, OWASP). We never evaluate anything,
// but such a value is worth a look: it may be a formula whose result was lost, or a trap for the next spreadsheet.
const FORMULA = /^[=+\-@\t\r]/;
// "'=…" is how the site's own export (and Excel) escapes such a value: the apostrophe is not part of the text.
const ESCAPED = /^'[=+\-@\t\r]/;
const DASHES_ONLY = /^[\s\-–—]*$/;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const oneLine = (s: string) => s.replace(CONTROLS, "").replace(/\s+/g, " ").trim();
const multiLine = (s: string) =>
  s
    .replace(/\r\n?/g, "\n")
    .replace(CONTROLS, "")
    .split("\n")
    .map((l) => l.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .trim();
/** Shown back to the user inside a message: short, one line. */
const shown = (s: string) => {
  const line = oneLine(s);
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};
const LIST_SEPARATOR = /\r\n|[\n\r;|]/;

/** Splits a partner cell: one partner per line, or separated by ";" or "|". */
const splitList = (s: string) =>
  s
    .split(LIST_SEPARATOR)
    .map(oneLine)
    .filter((x) => !DASHES_ONLY.test(x));

/** The name, number and partner names of a row as read, for the duplicate check of rows that have errors. */
export const rowKey = (raw: Readonly<RowFields>) => ({
  name: oneLine(raw.name ?? ""),
  number: oneLine(raw.number ?? ""),
  partners: splitList(raw.partners ?? "").map((name) => ({ name })),
});

export function checkRow(raw: Readonly<RowFields>, ctx: RowContext): CheckedRow {
  const problems: ImportProblem[] = [];
  const column = (f: ImportField) => ctx.columnOf[f] ?? f;
  const cell = (f: ImportField): string => {
    const value = raw[f] ?? "";
    if (ESCAPED.test(value)) return value.slice(1);
    if (FORMULA.test(value) && !DASHES_ONLY.test(value))
      problems.push(importProblem("register.import.formulaCell", { column: column(f) }));
    return DASHES_ONLY.test(value) ? "" : value;
  };
  const tooLong = (f: ImportField, value: string, max: number) => {
    if (value.length > max) problems.push(importProblem("register.import.tooLong", { column: column(f), max }));
  };

  const name = oneLine(cell("name"));
  if (name === "") problems.push(importProblem("register.import.nameMissing"));
  tooLong("name", name, limits.name);

  const partnerNames = splitList(cell("partners"));
  const typeCells = splitList(cell("partnerTypes"));
  if (partnerNames.length > limits.partners)
    problems.push(importProblem("register.import.partnersTooMany", { max: limits.partners }));
  if (partnerNames.length === 0 && typeCells.length > 0)
    problems.push(importProblem("register.import.partnerTypesWithoutPartners"));
  const types = typeCells.map((t) => {
    const type = readPartnerType(t);
    if (!type) problems.push(importProblem("register.import.partnerTypeUnknown", { value: shown(t) }));
    return type ?? "lainnya";
  });
  const partners: Partner[] = partnerNames.map((p, i) => ({
    name: p,
    type: (types.length === 1 ? types[0] : types[i]) ?? "lainnya",
  }));
  for (const p of partners) tooLong("partners", p.name, limits.partnerName);

  const instrumentText = oneLine(cell("instrument"));
  const instrument = instrumentText === "" ? "lainnya" : readInstrument(instrumentText);
  if (instrumentText === "") problems.push(importProblem("register.import.instrumentAssumed"));
  else if (!instrument)
    problems.push(importProblem("register.import.instrumentUnknown", { value: shown(instrumentText) }));

  const number = oneLine(cell("number"));
  tooLong("number", number, limits.number);

  const date = (f: "signedOn" | "endsOn" | "reviewOn"): string => {
    const text = cell(f);
    const parsed = parseImportDate(text);
    if (parsed.ok) return parsed.date;
    const code = parsed.reason === "monthFirst" ? "register.import.dateMonthFirst" : "register.import.dateInvalid";
    problems.push(importProblem(code, { column: column(f), value: shown(text) }));
    return "";
  };
  const signedOn = date("signedOn");
  const endsOn = date("endsOn");
  const reviewOn = date("reviewOn");
  if (signedOn !== "" && endsOn !== "" && endsOn < signedOn)
    problems.push(importProblem("register.import.endBeforeStart"));

  const personInCharge = oneLine(cell("personInCharge"));
  tooLong("personInCharge", personInCharge, limits.personInCharge);

  const statusText = oneLine(cell("status"));
  let status: RegisterStatus | undefined;
  if (statusText === "") {
    // A list without a status column: an end date in the past means the agreement has ended.
    status = ctx.today !== undefined && endsOn !== "" && endsOn < ctx.today ? "berakhir" : "aktif";
    problems.push(
      importProblem(status === "aktif" ? "register.import.statusAssumedActive" : "register.import.statusAssumedEnded"),
    );
  } else {
    status = readStatus(statusText);
    if (!status) problems.push(importProblem("register.import.statusUnknown", { value: shown(statusText) }));
  }

  const note = multiLine(cell("note"));
  tooLong("note", note, limits.note);

  if (problems.some((p) => p.severity === "error") || !instrument || !status) return { problems };
  return {
    problems,
    fields: {
      name,
      partners,
      instrument,
      number,
      signedOn,
      endsOn,
      personInCharge,
      status,
      reviewOn,
      note,
      assessmentIds: [],
    },
  };
}
