// Facet filtering for the case library: plain code shared by the static facet pages and the explorer island.
import { slugify } from "../content/text";

/** The fields of a case the explorer needs (also the shape of /studi-kasus/data.json records). */
export interface CaseRecord {
  id: string;
  title: string;
  summary: string;
  sector: string;
  partnerTypes: string[];
  regions: string[];
  scheme: string;
  status: string;
  start: number;
  end?: number | undefined;
}

export const facetKeys = ["sektor", "mitra", "wilayah", "skema", "status"] as const;
export type FacetKey = (typeof facetKeys)[number];

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
  facets: Partial<Record<FacetKey, string[]>>;
  /** Inclusive year range: a case matches when its years overlap the range. */
  from?: number | undefined;
  to?: number | undefined;
}

function matchesFacets(c: CaseRecord, filter: CaseFilter, skip?: FacetKey): boolean {
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

/** Every value of a facet present in the data, with the label to show. */
export function facetOptions(
  cases: readonly CaseRecord[],
  key: FacetKey,
  label: (value: string, c: CaseRecord) => string,
): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const c of cases)
    facetValues(c, key).forEach((v, i) => {
      if (!seen.has(v)) seen.set(v, key === "wilayah" ? (c.regions[i] ?? v) : label(v, c));
    });
  return [...seen].map(([value, l]) => ({ value, label: l })).sort((a, b) => a.label.localeCompare(b.label, "id"));
}

export type CaseSort = "terbaru" | "judul";

export function sortCases<T extends CaseRecord>(cases: readonly T[], sort: CaseSort): T[] {
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title, "id");
  return [...cases].sort(sort === "judul" ? byTitle : (a, b) => b.start - a.start || byTitle(a, b));
}
