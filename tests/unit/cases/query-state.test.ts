import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { carriesView } from "../../../src/lib/cases/view-params";
import {
  emptyState,
  explorerQuery,
  isFiltered,
  knownValuesOf,
  parseExplorerQuery,
  toFilter,
  toggleFacet,
  withQuery,
  type ExplorerState,
} from "../../../src/lib/cases/query-state";
import { facetKeys, filterCases } from "../../../src/lib/cases/facets";
import { ids, records } from "./fixture";

const known = knownValuesOf(records);

describe("parseExplorerQuery", () => {
  it("reads comma-separated and repeated values, in the order given", () => {
    const s = parseExplorerQuery("?sektor=persampahan,air-minum&mitra=riset&mitra=antar-daerah&q=sampah+kota", known);
    expect(s.facets).toEqual({ sektor: ["persampahan", "air-minum"], mitra: ["riset", "antar-daerah"] });
    expect(s.q).toBe("sampah kota");
    expect(s.sort).toBe("relevan");
  });

  it("drops values the data does not have, and anything that is not a known parameter", () => {
    const s = parseExplorerQuery(
      "sektor=persampahan,%3Cscript%3E,tidak-ada&status=&wilayah=jawa-barat&foo=bar&urut=acak",
      known,
    );
    expect(s).toEqual({ facets: { sektor: ["persampahan"], wilayah: ["jawa-barat"] }, q: "", sort: "terbaru" });
  });

  it("keeps years within the data's range, swaps a reversed range and ignores non-years", () => {
    expect(parseExplorerQuery("dari=1900&sampai=2099", known)).toMatchObject({ from: 2001, to: 2024 });
    expect(parseExplorerQuery("dari=2020&sampai=2010", known)).toMatchObject({ from: 2010, to: 2020 });
    expect(parseExplorerQuery("dari=20x0&sampai=99999", known)).toMatchObject({ from: undefined, to: undefined });
  });

  it("collapses spaces in the query, cuts it to 100 characters, and refuses relevance without one", () => {
    expect(parseExplorerQuery(`q=${"a".repeat(150)}`, known).q).toHaveLength(100);
    expect(parseExplorerQuery("q=%20%20air%20%20minum%20", known).q).toBe("air minum");
    expect(parseExplorerQuery("urut=relevan", known).sort).toBe("terbaru");
    expect(parseExplorerQuery("urut=judul&q=air", known).sort).toBe("judul");
  });
});

describe("explorerQuery", () => {
  it("writes the short form, in a fixed order, and nothing for the default view", () => {
    expect(explorerQuery(emptyState)).toBe("");
    const s: ExplorerState = {
      facets: { mitra: ["riset"], sektor: ["persampahan", "air-minum"] },
      from: 2010,
      q: "pengelolaan sampah",
      sort: "judul",
    };
    expect(explorerQuery(s)).toBe(
      "?sektor=persampahan,air-minum&mitra=riset&dari=2010&q=pengelolaan+sampah&urut=judul",
    );
  });

  it("round-trips through the parser for any valid state (property)", () => {
    const values = (key: (typeof facetKeys)[number]) => fc.subarray([...known.facets[key]]);
    const state = fc.record({
      facets: fc.record(
        Object.fromEntries(facetKeys.map((k) => [k, values(k)])) as Record<string, fc.Arbitrary<string[]>>,
      ),
      from: fc.option(fc.integer({ min: 2001, max: 2012 }), { nil: undefined }),
      to: fc.option(fc.integer({ min: 2012, max: 2024 }), { nil: undefined }),
      q: fc.string({ maxLength: 30 }).map((q) => q.replace(/\s+/g, " ").trim()),
      sort: fc.constantFrom("terbaru" as const, "judul" as const),
    });
    fc.assert(
      fc.property(state, (raw) => {
        const facets = Object.fromEntries(Object.entries(raw.facets).filter(([, v]) => v.length > 0));
        const s: ExplorerState = { ...raw, facets };
        const back = parseExplorerQuery(explorerQuery(s), known);
        expect(back.facets).toEqual(s.facets);
        expect([back.from, back.to, back.q]).toEqual([s.from, s.to, s.q]);
        expect(back.sort).toBe(s.sort === "terbaru" && s.q ? "terbaru" : s.sort);
      }),
    );
  });
});

describe("state changes", () => {
  it("toggles a value on and off, removing an emptied facet", () => {
    const on = toggleFacet(emptyState, "sektor", "persampahan", true);
    expect(on.facets).toEqual({ sektor: ["persampahan"] });
    expect(toggleFacet(on, "sektor", "persampahan", true).facets).toEqual({ sektor: ["persampahan"] });
    expect(toggleFacet(on, "sektor", "persampahan", false).facets).toEqual({});
    expect(emptyState.facets).toEqual({});
  });

  it("switches a default sort to relevance while there is a query, and back", () => {
    const typed = withQuery(emptyState, "sampah");
    expect(typed.sort).toBe("relevan");
    expect(withQuery(typed, "").sort).toBe("terbaru");
    const chosen = withQuery({ ...emptyState, sort: "judul" }, "sampah");
    expect(chosen.sort).toBe("judul");
  });

  it("knows when the view is narrowed, and turns into a filter", () => {
    expect(isFiltered(emptyState)).toBe(false);
    expect(isFiltered({ ...emptyState, sort: "judul" })).toBe(false);
    expect(isFiltered({ ...emptyState, to: 2010 })).toBe(true);
    expect(isFiltered(withQuery(emptyState, " x "))).toBe(true);
    const state = parseExplorerQuery("?sektor=persampahan&mitra=pemerintah-swasta", known);
    expect(ids(filterCases(records, toFilter(state)))).toEqual(["legok"]);
  });
});

describe("carriesView", () => {
  it("is true for a query that names a facet, a year, a text or a sort", () => {
    for (const q of ["?sektor=persampahan", "mitra=riset", "?dari=2001", "?sampai=2010", "?q=sampah", "?urut=judul"])
      expect(carriesView(q), q).toBe(true);
  });

  it("is false for the default view and for parameters that are not the explorer's", () => {
    for (const q of ["", "?", "?utm_source=x", "?sektor=", "?q=%20", "?fbclid=1#daftar-kasus"])
      expect(carriesView(q), q).toBe(false);
  });

  it("agrees with the URL the explorer writes: any view but the default one carries itself", () => {
    fc.assert(
      fc.property(
        fc.record({
          sektor: fc.subarray(["air-minum", "persampahan"]),
          q: fc.constantFrom("", "sampah"),
          sort: fc.constantFrom("terbaru", "judul"),
        }),
        ({ sektor, q, sort }) => {
          const state: ExplorerState = {
            ...emptyState,
            facets: sektor.length ? { sektor } : {},
            q,
            sort: sort as ExplorerState["sort"],
          };
          const query = explorerQuery(state);
          expect(carriesView(query)).toBe(query !== "");
        },
      ),
    );
  });
});
