// Dates as agencies write them in spreadsheets → local calendar dates (YYYY-MM-DD). Numeric dates are read day
// first, as Indonesian usage and Excel's id-ID locale write them: "12/03/2025" is 12 March 2025, never 3 December.
import { dateFromParts } from "./local-days";

export type ParsedDate =
  | { ok: true; date: string }
  | { ok: true; date: "" }
  /** "monthFirst": day and month only fit the other way round (03/25/2025), so it was probably written US-style. */
  | { ok: false; reason: "invalid" | "monthFirst" };

// Indonesian and English month names with their usual abbreviations, keyed after lower-casing and dropping dots.
const MONTHS: Record<string, number> = {};
(
  [
    ["januari", "january", "jan"],
    ["februari", "pebruari", "february", "feb", "peb"],
    ["maret", "march", "mar"],
    ["april", "apr"],
    ["mei", "may"],
    ["juni", "june", "jun"],
    ["juli", "july", "jul"],
    ["agustus", "august", "agu", "agt", "ags", "aug"],
    ["september", "sep", "sept"],
    ["oktober", "october", "okt", "oct"],
    ["november", "nopember", "nov", "nop"],
    ["desember", "december", "des", "dec"],
  ] as const
).forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const WEEKDAY =
  /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*/i;
// A time after the date, as Excel adds to date-time cells: "12/03/2025 0:00", "2025-03-12T08:30:00", "… 08.30 WIB".
const TIME = /(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*(?:wib|wita|wit|z|[+-]\d{2}:?\d{2}))?)$/i;
const EMPTY = /^[\s\-–—]*$/;

/**
 * Two-digit years are 20YY ("12/03/25" is 12 March 2025): the register holds agreements of this century, and a
 * fixed rule is easier to explain than a sliding window.
 */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function numeric(day: string, month: string, year: string): ParsedDate {
  const date = dateFromParts(fullYear(year), Number(month), Number(day));
  if (date) return { ok: true, date };
  const swapped = dateFromParts(fullYear(year), Number(day), Number(month));
  return { ok: false, reason: swapped && Number(month) > 12 ? "monthFirst" : "invalid" };
}

/**
 * Accepted: "2025-03-12" (and 2025/03/12), "12/03/2025", "12-03-2025", "12.03.2025" (one- or two-digit day and
 * month, two- or four-digit year), "12 Maret 2025", "12 Mar 2025", "12-Mar-2025", "12 March 2025", "Maret 12, 2025",
 * each optionally after a weekday ("Rabu, 12 Maret 2025") and before a time. Empty, "-" and "—" mean no date.
 */
export function parseImportDate(input: string): ParsedDate {
  if (EMPTY.test(input)) return { ok: true, date: "" };
  const text = input.trim().replace(WEEKDAY, "").replace(TIME, "").trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) {
    const date = dateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, date } : { ok: false, reason: "invalid" };
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m) return numeric(m[1]!, m[3]!, m[4]!);
  m = /^(\d{1,2})[\s\-/.]+([\p{L}]+)\.?[\s\-/.,]+(\d{4}|\d{2})$/u.exec(text);
  const named = m ? { day: m[1]!, month: m[2]!, year: m[3]! } : undefined;
  const m2 = named ? undefined : /^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(text);
  const parts = named ?? (m2 ? { day: m2[2]!, month: m2[1]!, year: m2[3]! } : undefined);
  if (parts) {
    const month = MONTHS[parts.month.toLowerCase()];
    const date = month ? dateFromParts(fullYear(parts.year), month, Number(parts.day)) : undefined;
    return date ? { ok: true, date } : { ok: false, reason: "invalid" };
  }
  return { ok: false, reason: "invalid" };
}
