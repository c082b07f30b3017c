// Day arithmetic on local calendar dates (YYYY-MM-DD). Done on UTC midnights of the same Y-M-D, where every day
// has 24 hours, so no time zone or daylight-saving change can shift a result by a day.
import { isLocalDate } from "../site/dates";

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function utcDay(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "2025-02-28" + 1 → "2025-03-01". Undefined for a value that is not a real calendar date. */
export function addDays(date: string, days: number): string | undefined {
  if (!isLocalDate(date) || !Number.isInteger(days)) return undefined;
  return fromUtcDay(utcDay(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined unless both are real dates. */
export function daysBetween(from: string, to: string): number | undefined {
  if (!isLocalDate(from) || !isLocalDate(to)) return undefined;
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** A real calendar date from its parts, or undefined (31 April, 29 February of a common year, year 0). */
export function dateFromParts(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isLocalDate(date) ? date : undefined;
}
