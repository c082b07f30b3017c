// Number and date formatting for the site's one locale; one Intl instance per shape. Nothing else calls Intl.
import { isLocalDate } from "./dates";

/** The site's locale, for Intl and localeCompare; the page's lang and og:locale derive from it. */
export const LOCALE = "id-ID";
/** `<html lang>`: the language subtag. */
export const HTML_LANG = LOCALE.split("-")[0]!;
/** Open Graph's locale form ("id_ID"). */
export const OG_LOCALE = LOCALE.replace("-", "_");

const decimal2 = /* @__PURE__ */ new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = /* @__PURE__ */ new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const longDate = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** 3.75 → "3,75". */
export const formatDecimal = (value: number): string => decimal2.format(value);

const decimal1 = /* @__PURE__ */ new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** A threshold as people write it: 4 → "4,0", 1.5 → "1,5". */
export const formatThreshold = (value: number): string => decimal1.format(value);

/** 1234.4 → "1.234". */
export const formatInteger = (value: number): string => integer.format(value);

/**
 * A content date (parsed from YYYY-MM-DD, so midnight UTC) as "28 November 2026".
 * Formatted in UTC on purpose: the date in the file is the date meant, whatever the reader's zone.
 */
export const formatContentDate = (date: Date): string => longDate.format(date);

/** A content date as the machine-readable YYYY-MM-DD for <time datetime>. */
export function contentDateAttr(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const percent = /* @__PURE__ */ new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const localLongDate = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** 0.5 → "50%"; null → "–". */
export const formatShare = (share: number | null): string => (share === null ? "–" : `${percent.format(share * 100)}%`);

/** A local calendar date "2026-11-28" → "28 November 2026" (from local parts, so no zone can move it). */
export function formatLocalDate(value: string): string {
  if (!isLocalDate(value)) return value;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return localLongDate.format(new Date(y, m - 1, d));
}
