// Shared builders and fast-check generators for the register tests.
import fc from "fast-check";
import registerCore from "../../../src/i18n/id/register";
import registerTools from "../../../src/i18n/id/register-tools";
import { makeT } from "../../../src/i18n/make-t";
import { registerText } from "../../../src/i18n/register";
import {
  instruments,
  partnerTypes,
  REGISTER_FORMAT,
  registerStatuses,
  type RegisterEntry,
} from "../../../src/lib/register/types";

export const t = makeT({ ...registerCore, ...registerTools });
/** The texts the exports write, as the UI passes them. */
export const text = registerText;
export const utf8 = (s: string) => new TextEncoder().encode(s);

let counter = 0;
/** A valid entry with sensible defaults; override what the test is about. */
export function entry(over: Partial<RegisterEntry> = {}): RegisterEntry {
  counter++;
  return {
    format: REGISTER_FORMAT,
    id: `k-${counter}`,
    name: `Kemitraan ${counter}`,
    partners: [{ name: "Dinas Kominfo", type: "antar-instansi" }],
    instrument: "pks",
    number: "",
    signedOn: "2025-01-10",
    endsOn: "2027-01-10",
    personInCharge: "Bagian Kerja Sama",
    status: "aktif",
    reviewOn: "",
    note: "",
    assessmentIds: [],
    createdAt: "2026-11-28T03:00:00.000Z",
    updatedAt: "2026-11-28T03:00:00.000Z",
    ...over,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
export const localDay = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2060, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
const instant = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());

// Words a person might type, including the spreadsheet's dangerous starts, quotes, separators and non-ASCII.
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
  fc.constantFrom(
    "Dinas",
    "PT",
    "Tbk.",
    '"Kutip"',
    "a,b",
    "=1+1",
    "+62",
    "-",
    "@SUM(A1)",
    "Ñusa",
    "Tenggara",
    "🌴",
    "é",
    "\\",
    "<b>",
    "'",
    "dll.",
  ),
);
/** One line as the form stores it: words joined by single spaces (the import normalises whitespace the same way). */
const line = (maxWords: number) => fc.array(word, { minLength: 1, maxLength: maxWords }).map((w) => w.join(" "));
const optionalLine = (maxWords: number) => fc.oneof(fc.constant(""), line(maxWords));
// A value that starts with an apostrophe before a formula character reads back without it (Excel's escape).
const noEscapeLookalike = (s: string) => !/^'[=+\-@\t\r]/.test(s);
// A value of only dashes means "empty" to the import.
const notOnlyDashes = (s: string) => !/^[\s\-–—]*$/.test(s);

const partnerName = line(4).filter((s) => !/[;|]/.test(s) && noEscapeLookalike(s) && notOnlyDashes(s));

export const entryArb: fc.Arbitrary<RegisterEntry> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    name: line(6).filter((s) => noEscapeLookalike(s) && notOnlyDashes(s)),
    partners: fc.array(fc.record({ name: partnerName, type: fc.constantFrom(...partnerTypes) }), { maxLength: 3 }),
    instrument: fc.constantFrom(...instruments),
    number: optionalLine(3).filter((s) => noEscapeLookalike(s) && (s === "" || notOnlyDashes(s))),
    dates: fc.tuple(fc.oneof(fc.constant(""), localDay), fc.oneof(fc.constant(""), localDay)),
    personInCharge: optionalLine(3).filter((s) => noEscapeLookalike(s) && (s === "" || notOnlyDashes(s))),
    status: fc.constantFrom(...registerStatuses),
    reviewOn: fc.oneof(fc.constant(""), localDay),
    note: fc
      .array(line(5), { maxLength: 3 })
      .map((ls) => ls.join("\n"))
      .filter((s) => noEscapeLookalike(s) && (s === "" || notOnlyDashes(s))),
    assessmentIds: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 3 }),
    createdAt: instant,
    updatedAt: instant,
  })
  .map(({ dates: [a, b], ...rest }) => {
    const [signedOn, endsOn] = a !== "" && b !== "" && b < a ? [b, a] : [a, b];
    return { format: REGISTER_FORMAT, ...rest, signedOn, endsOn } as RegisterEntry;
  });
