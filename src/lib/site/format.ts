// Number and date formatting for the site's one locale; one Intl instance per shape, made on first use (building
// one costs milliseconds of ICU setup, and the islands that import this module must start without them). Nothing
// else calls Intl.
import { isLocalDate } from "./dates";

/** The Intl instance `make` builds, built once and only when first asked for. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** The site's locale, for Intl and localeCompare; the page's lang and og:locale derive from it. */
export const LOCALE = "id-ID";
/** `<html lang>`: the language subtag. */
export const HTML_LANG = LOCALE.split("-")[0]!;
/** Open Graph's locale form ("id_ID"). */
export const OG_LOCALE = LOCALE.replace("-", "_");

const decimal2 = lazy(() => new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const integer = lazy(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }));
const longDate = lazy(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
);

/** 3.75 → "3,75". */
export const formatDecimal = (value: number): string => decimal2().format(value);

const decimal1 = lazy(() => new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 2 }));

/** A threshold as people write it: 4 → "4,0", 1.5 → "1,5". */
export const formatThreshold = (value: number): string => decimal1().format(value);

const decimal4 = lazy(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4 }));

/** An unrounded value for a worked example: 3.997916… → "3,9979". */
export const formatPrecise = (value: number): string => decimal4().format(value);

const conjunction = lazy(() => new Intl.ListFormat(LOCALE, { type: "conjunction" }));

/** ["3", "4", "5"] → "3, 4, dan 5". */
export const listAnd = (items: readonly string[]): string => conjunction().format(items);

/** 1234.4 → "1.234". */
export const formatInteger = (value: number): string => integer().format(value);

/**
 * A content date (parsed from YYYY-MM-DD, so midnight UTC) as "28 November 2026".
 * Formatted in UTC on purpose: the date in the file is the date meant, whatever the reader's zone.
 */
export const formatContentDate = (date: Date): string => longDate().format(date);

const monthYear = lazy(() => new Intl.DateTimeFormat(LOCALE, { month: "long", year: "numeric", timeZone: "UTC" }));

/**
 * A date only as precise as its source ("YYYY", "YYYY-MM" or "YYYY-MM-DD", as in a case's chronology):
 * "2017-07-20" → "20 Juli 2017", "2020-09" → "September 2020", "2021" → "2021". Anything else is returned as is.
 */
export function formatPartialDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (mo === undefined) return m[1]!;
  if (mo < 1 || mo > 12) return value;
  const date = new Date(Date.UTC(y, mo - 1, d ?? 1));
  if (d !== undefined && date.getUTCDate() !== d) return value;
  return (d === undefined ? monthYear : longDate)().format(date);
}

/** A content date as the machine-readable YYYY-MM-DD for <time datetime>. */
export function contentDateAttr(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const percent = lazy(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }));
const localLongDate = lazy(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      day: "numeric",
      month: "long",
      year: "numeric",
    }),
);

/** 0.5 → "50%"; null → "–". */
export const formatShare = (share: number | null): string =>
  share === null ? "–" : `${percent().format(share * 100)}%`;

/** A local calendar date "2026-11-28" → "28 November 2026" (from local parts, so no zone can move it). */
export function formatLocalDate(value: string): string {
  if (!isLocalDate(value)) return value;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return localLongDate().format(new Date(y, m - 1, d));
}
