// What the register table shows: the default order, the filters, the counts at the top and each row's flags.
// "Today" is always passed in as a local date (YYYY-MM-DD), so the logic is the same in tests and at midnight.
import { LOCALE } from "../site/format";
import { addDays, daysBetween } from "./local-days";
import { runningStatuses, type PartnerType, type RegisterEntry, type RegisterStatus } from "./types";

/** The window of the "berakhir dalam 90 hari" filter and of the two counts at the top of the page. */
export const ENDING_SOON_DAYS = 90;
export const ENDING_VERY_SOON_DAYS = 30;

const collator = new Intl.Collator(LOCALE, { sensitivity: "base", numeric: true });

const isRunning = (e: Pick<RegisterEntry, "status">) => runningStatuses.includes(e.status);

/**
 * Default order: by end date, earliest first; entries without an end date last; then by name (Indonesian
 * collation, "PKS 2" before "PKS 10") and id, so the order is total and stable across reloads.
 */
export function compareByEndDate(a: RegisterEntry, b: RegisterEntry): number {
  if (a.endsOn !== b.endsOn) {
    if (a.endsOn === "") return 1;
    if (b.endsOn === "") return -1;
    return a.endsOn < b.endsOn ? -1 : 1;
  }
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const sortByEndDate = (entries: readonly RegisterEntry[]): RegisterEntry[] =>
  [...entries].sort(compareByEndDate);

/**
 * True when a running partnership (aktif or dalam perpanjangan) ends between today and today + `days`, both
 * included. Ended and stopped entries never count: nothing is left to renew or to let lapse.
 */
export function endsWithin(entry: RegisterEntry, today: string, days: number): boolean {
  if (!isRunning(entry) || entry.endsOn === "") return false;
  const left = daysBetween(today, entry.endsOn);
  return left !== undefined && left >= 0 && left <= days;
}

/** A running partnership whose review date is before today (a review due today is not yet overdue). */
export const reviewOverdue = (entry: RegisterEntry, today: string): boolean =>
  isRunning(entry) && entry.reviewOn !== "" && entry.reviewOn < today;

/** Still marked running although its end date has passed: the agreement has lapsed or the status is stale. */
export const lapsed = (entry: RegisterEntry, today: string): boolean =>
  isRunning(entry) && entry.endsOn !== "" && entry.endsOn < today;

export interface RowFlags {
  /** Days from today to the end date (negative once past); undefined without an end date. */
  daysToEnd: number | undefined;
  endsWithin30: boolean;
  endsWithin90: boolean;
  reviewOverdue: boolean;
  lapsed: boolean;
}

export function rowFlags(entry: RegisterEntry, today: string): RowFlags {
  return {
    daysToEnd: entry.endsOn === "" ? undefined : daysBetween(today, entry.endsOn),
    endsWithin30: endsWithin(entry, today, ENDING_VERY_SOON_DAYS),
    endsWithin90: endsWithin(entry, today, ENDING_SOON_DAYS),
    reviewOverdue: reviewOverdue(entry, today),
    lapsed: lapsed(entry, today),
  };
}

export interface RegisterCounts {
  total: number;
  endingWithin30: number;
  endingWithin90: number;
  reviewsOverdue: number;
  lapsed: number;
}

/** The figures at the top of the page, over the whole register (not the filtered rows). */
export function registerCounts(entries: readonly RegisterEntry[], today: string): RegisterCounts {
  const counts: RegisterCounts = {
    total: entries.length,
    endingWithin30: 0,
    endingWithin90: 0,
    reviewsOverdue: 0,
    lapsed: 0,
  };
  // Computed once: the window ends never change per entry, and string comparison of YYYY-MM-DD is date order.
  const end30 = addDays(today, ENDING_VERY_SOON_DAYS);
  const end90 = addDays(today, ENDING_SOON_DAYS);
  if (end30 === undefined || end90 === undefined) return counts;
  for (const e of entries) {
    if (!isRunning(e)) continue;
    if (e.endsOn !== "" && e.endsOn >= today) {
      if (e.endsOn <= end30) counts.endingWithin30++;
      if (e.endsOn <= end90) counts.endingWithin90++;
    }
    if (e.endsOn !== "" && e.endsOn < today) counts.lapsed++;
    if (e.reviewOn !== "" && e.reviewOn < today) counts.reviewsOverdue++;
  }
  return counts;
}

export interface RegisterFilter {
  /** Keep entries with one of these statuses; empty or absent keeps all. */
  statuses?: readonly RegisterStatus[];
  /** Keep entries with at least one partner of one of these types; empty or absent keeps all. */
  partnerTypes?: readonly PartnerType[];
  /** "Berakhir dalam 90 hari": keep only running entries ending within ENDING_SOON_DAYS of today. */
  endingSoon?: boolean;
  /** Keep only running entries whose review is overdue. */
  reviewOverdue?: boolean;
}

/**
 * The rows the table shows, in the order given: the page sorts once (sortByEndDate) when the register loads or
 * changes, and each filter change is then one pass with no comparisons (see tests/bench/register.ts).
 */
export function filterEntries(
  entries: readonly RegisterEntry[],
  filter: RegisterFilter,
  today: string,
): RegisterEntry[] {
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
  const types = filter.partnerTypes?.length ? new Set(filter.partnerTypes) : undefined;
  const soonEnd = filter.endingSoon ? addDays(today, ENDING_SOON_DAYS) : undefined;
  if (filter.endingSoon && soonEnd === undefined) return [];
  return entries.filter((e) => {
    if (statuses && !statuses.has(e.status)) return false;
    if (types && !e.partners.some((p) => types.has(p.type))) return false;
    if (soonEnd !== undefined && !(isRunning(e) && e.endsOn !== "" && e.endsOn >= today && e.endsOn <= soonEnd))
      return false;
    if (filter.reviewOverdue && !reviewOverdue(e, today)) return false;
    return true;
  });
}

/**
 * How many of the first `count` rows of `before` are, one for one, the first rows of `after`: the rows a table can
 * keep as they are when a new filter leaves them at the top.
 */
export function keptLeadingRows<T>(before: readonly T[], count: number, after: readonly T[]): number {
  let n = 0;
  while (n < count && n < before.length && n < after.length && before[n] === after[n]) n++;
  return n;
}
