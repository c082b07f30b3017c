// Number and date formatting for the site's one locale; one Intl instance per shape. Nothing else calls Intl.

/** The site's locale, for Intl and localeCompare. */
export const LOCALE = "id-ID";

const decimal2 = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** 3.75 → "3,75". */
export const formatDecimal = (value: number): string => decimal2.format(value);

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
