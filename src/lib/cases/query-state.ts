// The explorer's view as a URL query (?sektor=air-minum,energi&mitra=riset&q=sampah), so a view can be shared and
// survives back/forward. Everything read from a URL is validated: unknown values are dropped, never trusted.
import {
  caseSorts,
  facetKeys,
  facetValues,
  yearBounds,
  type CaseFilter,
  type CaseRecord,
  type CaseSort,
  type FacetKey,
} from "./facets";

export interface ExplorerState {
  facets: Partial<Record<FacetKey, string[]>>;
  from?: number | undefined;
  to?: number | undefined;
  /** Text query as typed (trimmed when read from a URL). */
  q: string;
  sort: CaseSort;
}

/** What a URL may name: the facet values present in the data and the year range they span. */
export interface KnownValues {
  facets: Record<FacetKey, ReadonlySet<string>>;
  years: { min: number; max: number };
}

export const MAX_QUERY_LENGTH = 100;
export const emptyState: ExplorerState = { facets: {}, q: "", sort: "terbaru" };

function year(raw: string | null, years: KnownValues["years"]): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  return Math.min(years.max, Math.max(years.min, n));
}

/** Reads a query string (with or without "?"); accepts comma-separated and repeated parameters alike. */
export function parseExplorerQuery(search: string, known: KnownValues): ExplorerState {
  const params = new URLSearchParams(search);
  const facets: ExplorerState["facets"] = {};
  for (const key of facetKeys) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => known.facets[key].has(v));
    const unique = [...new Set(values)];
    if (unique.length > 0) facets[key] = unique;
  }
  let from = year(params.get("dari"), known.years);
  let to = year(params.get("sampai"), known.years);
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const q = (params.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const rawSort = params.get("urut");
  const sort = caseSorts.find((s) => s === rawSort) ?? defaultSort(q);
  return { facets, from, to, q, sort: sort === "relevan" && !q ? "terbaru" : sort };
}

/** With a text query the best match comes first, otherwise the newest partnership. */
export function defaultSort(q: string): CaseSort {
  return q.trim() ? "relevan" : "terbaru";
}

/** The query string of a state ("" for the unfiltered default view), in a fixed parameter order. */
export function explorerQuery(state: ExplorerState): string {
  const parts: string[] = [];
  for (const key of facetKeys) {
    const values = state.facets[key];
    if (values && values.length > 0) parts.push(`${key}=${values.map(encodeURIComponent).join(",")}`);
  }
  if (state.from !== undefined) parts.push(`dari=${state.from}`);
  if (state.to !== undefined) parts.push(`sampai=${state.to}`);
  const q = state.q.trim();
  if (q) parts.push(`q=${encodeURIComponent(q).replace(/%20/g, "+")}`);
  if (state.sort !== defaultSort(q)) parts.push(`urut=${state.sort}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** True when anything narrows the list (sorting does not). */
export function isFiltered(state: ExplorerState): boolean {
  return (
    facetKeys.some((k) => (state.facets[k]?.length ?? 0) > 0) ||
    state.from !== undefined ||
    state.to !== undefined ||
    state.q.trim() !== ""
  );
}

/** The facet part of a state as a filter; text matches are added by the caller once the search has run. */
export function toFilter(state: ExplorerState, ids?: ReadonlySet<string>): CaseFilter {
  return { facets: state.facets, from: state.from, to: state.to, ids };
}

/** A copy of the state with one facet value switched on or off. */
export function toggleFacet(state: ExplorerState, key: FacetKey, value: string, on: boolean): ExplorerState {
  const current = state.facets[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const facets = { ...state.facets };
  if (next.length > 0) facets[key] = next;
  else delete facets[key];
  return { ...state, facets };
}

/** A copy with a new text query; a sort left at its default follows the query (relevance while there is one). */
export function withQuery(state: ExplorerState, q: string): ExplorerState {
  const sort =
    state.sort === defaultSort(state.q)
      ? defaultSort(q)
      : state.sort === "relevan" && !q.trim()
        ? "terbaru"
        : state.sort;
  return { ...state, q, sort };
}

/** What URLs may name, taken from the data set. */
export function knownValuesOf(cases: readonly CaseRecord[]): KnownValues {
  const valuesOf = (k: FacetKey): ReadonlySet<string> => new Set(cases.flatMap((c) => facetValues(c, k)));
  const facets: KnownValues["facets"] = {
    sektor: valuesOf("sektor"),
    mitra: valuesOf("mitra"),
    wilayah: valuesOf("wilayah"),
    skema: valuesOf("skema"),
    status: valuesOf("status"),
  };
  return { facets, years: yearBounds(cases) ?? { min: 1945, max: 2100 } };
}
