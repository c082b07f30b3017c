// Facet filtering for the case library: plain code shared by the static facet pages and the explorer island.
import { slugify } from "../content/text";
import { facetKeys, type FacetKey } from "./facet-keys";

/**
 * The fields of a case the explorer and the self-assessment need. It is also the exact shape of each element of
 * the array served at /studi-kasus/data.json (built by src/pages/studi-kasus/data.json.ts).
 */
export interface CaseRecord {
  /** File name without .mdx; the page is /studi-kasus/<id>/. */
  id: string;
  title: string;
  /** One or two sentences for the list. */
  summary: string;
  /** Sector id (see `sectors` in the case schema). */
  sector: string;
  /** Partnership kind ids (see `partnerTypes` in the case schema). */
  partnerTypes: string[];
  /** Province names, or "Nasional". */
  regions: string[];
  /** Scheme id (see `schemes` in the case schema). */
  scheme: string;
  /** berjalan | selesai | dihentikan. */
  status: string;
  /** Year the partnership started. */
  start: number;
  /** Year it ended; absent while running. */
  end?: number | undefined;
  /** Assessment dimension ids the case teaches about. */
  themes: string[];
  /** Topic words. */
  tags: string[];
}

export { facetKeys, type FacetKey };

/** The facet values a case has, as URL-safe slugs. */
export function facetValues(c: CaseRecord, key: FacetKey): string[] {
  switch (key) {
    case "sektor":
      return [c.sector];
    case "mitra":
      return c.partnerTypes;
    case "wilayah":
      return c.regions.map(slugify);
    case "skema":
      return [c.scheme];
    case "status":
      return [c.status];
  }
}

export interface CaseFilter {
  /** Selected values per facet; values within a facet combine with OR, facets with AND. */
  facets: Partial<Record<FacetKey, readonly string[]>>;
  /** Inclusive year range: a case matches when its years overlap the range. */
  from?: number | undefined;
  to?: number | undefined;
  /** Cases the text query matched; absent when there is no query. */
  ids?: ReadonlySet<string> | undefined;
}

function matchesFacets(c: CaseRecord, filter: CaseFilter, skip?: FacetKey): boolean {
  if (filter.ids && !filter.ids.has(c.id)) return false;
  for (const key of facetKeys) {
    if (key === skip) continue;
    const wanted = filter.facets[key];
    if (wanted && wanted.length > 0 && !facetValues(c, key).some((v) => wanted.includes(v))) return false;
  }
  const end = c.end ?? Number.POSITIVE_INFINITY;
  if (filter.from !== undefined && end < filter.from) return false;
  if (filter.to !== undefined && c.start > filter.to) return false;
  return true;
}

export function filterCases<T extends CaseRecord>(cases: readonly T[], filter: CaseFilter): T[] {
  return cases.filter((c) => matchesFacets(c, filter));
}

/**
 * Count per value of one facet, given every other active filter (the usual faceted-search rule, so a user
 * sees how many results picking another value of the same facet would give).
 */
export function facetCounts(cases: readonly CaseRecord[], filter: CaseFilter, key: FacetKey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    if (!matchesFacets(c, filter, key)) continue;
    for (const v of new Set(facetValues(c, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export interface FacetOption {
  value: string;
  label: string;
}

/** Every value of a facet present in the data, with the label to show, in Indonesian alphabetical order. */
export function facetOptions(
  cases: readonly CaseRecord[],
  key: FacetKey,
  label: (value: string, c: CaseRecord) => string,
): FacetOption[] {
  const seen = new Map<string, string>();
  for (const c of cases)
    facetValues(c, key).forEach((v, i) => {
      if (!seen.has(v)) seen.set(v, key === "wilayah" ? (c.regions[i] ?? v) : label(v, c));
    });
  return [...seen].map(([value, l]) => ({ value, label: l })).sort((a, b) => a.label.localeCompare(b.label, "id"));
}

/** First start year and last year any case reaches (its end, or its start while running). */
export function yearBounds(cases: readonly CaseRecord[]): { min: number; max: number } | undefined {
  if (cases.length === 0) return undefined;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const c of cases) {
    min = Math.min(min, c.start);
    max = Math.max(max, c.end ?? c.start, c.start);
  }
  return { min, max };
}

export const caseSorts = ["terbaru", "judul", "relevan"] as const;
export type CaseSort = (typeof caseSorts)[number];

/**
 * "terbaru": latest start first; "judul": A–Z; "relevan": best text match first (needs `rank`, else A–Z).
 * Ties always fall back to the title so the order is stable.
 */
export function sortCases<T extends CaseRecord>(
  cases: readonly T[],
  sort: CaseSort,
  rank?: ReadonlyMap<string, number>,
): T[] {
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title, "id");
  const compare: Record<CaseSort, (a: T, b: T) => number> = {
    terbaru: (a, b) => b.start - a.start || byTitle(a, b),
    judul: byTitle,
    relevan: (a, b) =>
      (rank?.get(a.id) ?? Number.POSITIVE_INFINITY) - (rank?.get(b.id) ?? Number.POSITIVE_INFINITY) || byTitle(a, b),
  };
  return [...cases].sort(compare[sort]);
}

/** Count of cases per value, for the distribution chart; largest first, then by label. */
export function tally(
  cases: readonly CaseRecord[],
  key: FacetKey,
  label: (value: string) => string,
): { value: string; label: string; count: number }[] {
  const counts = facetCounts(cases, { facets: {} }, key);
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "id"));
}
