import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  facetCounts,
  facetKeys,
  facetOptions,
  facetValues,
  filterCases,
  sortCases,
  tally,
  yearBounds,
  type CaseFilter,
} from "../../../src/lib/cases/facets";
import { facetLabel } from "../../../src/i18n/content";
import { ids, records } from "./fixture";

describe("filterCases", () => {
  it("combines values of one facet with OR and facets with AND", () => {
    expect(ids(filterCases(records, { facets: { sektor: ["persampahan", "air-minum"] } }))).toEqual([
      "umbulan",
      "piyungan",
      "legok",
    ]);
    expect(ids(filterCases(records, { facets: { sektor: ["persampahan"], mitra: ["pemerintah-swasta"] } }))).toEqual([
      "legok",
    ]);
  });

  it("matches regions by their slug", () => {
    expect(ids(filterCases(records, { facets: { wilayah: ["daerah-istimewa-yogyakarta"] } }))).toEqual([
      "piyungan",
      "genose",
    ]);
  });

  it("keeps a case whose years overlap the range, treating a running case as open-ended", () => {
    expect(ids(filterCases(records, { facets: {}, from: 2022 }))).toEqual(["piyungan", "legok", "lapor"]);
    expect(ids(filterCases(records, { facets: {}, to: 2005 }))).toEqual(["piyungan", "legok"]);
    expect(ids(filterCases(records, { facets: {}, from: 2021, to: 2021 }))).toEqual([
      "umbulan",
      "piyungan",
      "legok",
      "lapor",
      "genose",
    ]);
  });

  it("restricts to the text matches when there is a query", () => {
    const filter: CaseFilter = { facets: { status: ["berjalan", "selesai"] }, ids: new Set(["lapor", "piyungan"]) };
    expect(ids(filterCases(records, filter))).toEqual(["lapor"]);
  });
});

describe("facetCounts", () => {
  it("counts each value with the other facets applied but not its own", () => {
    const filter: CaseFilter = { facets: { sektor: ["persampahan"], mitra: ["antar-daerah"] } };
    expect(Object.fromEntries(facetCounts(records, filter, "sektor"))).toEqual({ "air-minum": 1, persampahan: 2 });
    expect(Object.fromEntries(facetCounts(records, filter, "mitra"))).toEqual({
      "antar-daerah": 2,
      "pemerintah-swasta": 1,
    });
  });

  it("counts a case once per value even when it lists the value twice", () => {
    const twice = [{ ...records[0]!, regions: ["Jawa Timur", "Jawa Timur"] }];
    expect(facetCounts(twice, { facets: {} }, "wilayah").get("jawa-timur")).toBe(1);
  });

  it("agrees with filterCases for every value (property)", () => {
    const pick = fc.subarray(["persampahan", "air-minum", "riset-inovasi", "pelayanan-publik"]);
    const pickMitra = fc.subarray(["antar-daerah", "pemerintah-swasta", "riset", "masyarakat"]);
    fc.assert(
      fc.property(pick, pickMitra, fc.option(fc.integer({ min: 1995, max: 2030 })), (sektor, mitra, from) => {
        const filter: CaseFilter = { facets: { sektor, mitra }, from: from ?? undefined };
        for (const key of facetKeys) {
          const counts = facetCounts(records, filter, key);
          for (const [value, n] of counts) {
            const direct = filterCases(records, { ...filter, facets: { ...filter.facets, [key]: [value] } });
            expect(n).toBe(direct.length);
          }
        }
      }),
    );
  });
});

describe("facetOptions and labels", () => {
  it("lists each value once with its label, sorted the Indonesian way", () => {
    expect(facetOptions(records, "sektor", (v) => facetLabel("sektor", v))).toEqual([
      { value: "air-minum", label: "Air minum" },
      { value: "pelayanan-publik", label: "Pelayanan publik" },
      { value: "persampahan", label: "Persampahan" },
      { value: "riset-inovasi", label: "Riset dan inovasi" },
    ]);
    expect(facetOptions(records, "wilayah", (v) => v).map((o) => o.label)).toEqual([
      "Daerah Istimewa Yogyakarta",
      "Jawa Barat",
      "Jawa Timur",
      "Nasional",
    ]);
    expect(facetValues(records[3]!, "mitra")).toEqual(["antar-instansi", "masyarakat"]);
  });
});

describe("yearBounds", () => {
  it("spans the first start to the last year reached", () => {
    expect(yearBounds(records)).toEqual({ min: 2001, max: 2024 });
    expect(yearBounds([])).toBeUndefined();
  });
});

describe("sortCases", () => {
  it("sorts newest first, A–Z, or by text rank with the title breaking ties", () => {
    expect(ids(sortCases(records, "terbaru"))).toEqual(["genose", "umbulan", "lapor", "legok", "piyungan"]);
    expect(ids(sortCases(records, "judul"))).toEqual(["genose", "lapor", "umbulan", "legok", "piyungan"]);
    const rank = new Map([
      ["legok", 0],
      ["lapor", 1],
    ]);
    expect(ids(sortCases(records, "relevan", rank)).slice(0, 2)).toEqual(["legok", "lapor"]);
    expect(ids(sortCases(records, "relevan"))).toEqual(ids(sortCases(records, "judul")));
  });

  it("does not change its input", () => {
    const before = ids(records);
    sortCases(records, "judul");
    expect(ids(records)).toEqual(before);
  });
});

describe("tally", () => {
  it("counts per value, largest first, then by label", () => {
    expect(tally(records, "mitra", (v) => facetLabel("mitra", v))).toEqual([
      { value: "antar-daerah", label: "Antardaerah", count: 3 },
      { value: "pemerintah-swasta", label: "Pemerintah–swasta", count: 2 },
      { value: "antar-instansi", label: "Antarinstansi", count: 1 },
      { value: "masyarakat", label: "Masyarakat", count: 1 },
      { value: "riset", label: "Riset", count: 1 },
    ]);
  });
});
