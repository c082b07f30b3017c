import { describe, expect, it } from "vitest";
import type { SearchHit } from "../../../src/lib/search/engine";
import { relevanceTable, type RelevanceRow } from "./relevance.table";
import { realEngine } from "./support/engine";

const engine = realEngine();
/** The id a row is judged by: the page, or the linked section when the row names one. */
const idOf = (row: RelevanceRow) => (h: SearchHit) => (row.expected?.includes("#") ? h.unit.id : h.doc.id);
const ranked = (row: RelevanceRow, n = 10) => engine.search(row.query, n).hits.map(idOf(row));
const passes = (row: RelevanceRow) => {
  const outcome = engine.search(row.query, 10);
  if (row.expected === null) return outcome.total === 0;
  const rank = outcome.hits.map(idOf(row)).indexOf(row.expected) + 1;
  return row.first ? rank === 1 : rank >= 1 && rank <= 3;
};

describe("relevance table over the real index", () => {
  it("has at least 80 queries covering every kind", () => {
    expect(relevanceTable.length).toBeGreaterThanOrEqual(80);
    expect(new Set(relevanceTable.map((r) => r.query.toLowerCase())).size).toBe(relevanceTable.length);
    const kinds = new Set(relevanceTable.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      "imbuhan",
      "isi kasus",
      "judul",
      "pertanyaan",
      "salah ketik",
      "sebagian",
      "singkatan/Inggris",
      "tanpa hasil",
    ]);
  });

  it.each(relevanceTable.map((r) => [r.query, r.expected, r] as const))("%s → %s", (_q, expected, row) => {
    const ids = ranked(row);
    if (expected === null) expect(engine.search(row.query).total).toBe(0);
    else if (row.first) expect(ids[0]).toBe(expected);
    else expect(ids.slice(0, 3)).toContain(expected);
  });

  it("gives affixed forms the results of their root", () => {
    const ids = (q: string) => engine.search(q, 10).hits.map((h) => h.doc.id);
    const root = ids("mitra");
    expect(root.length).toBe(10);
    for (const form of ["bermitra", "kemitraan", "kemitraannya"]) expect(ids(form), form).toEqual(root);
    const all = (q: string) =>
      engine
        .search(q)
        .hits.map((h) => h.doc.id)
        .sort();
    for (const form of ["pengelolaan", "dikelola"]) expect(all(form), form).toEqual(all("kelola"));
  });

  it("reports precision at 3 and MRR beside it", () => {
    const found = relevanceTable.filter(passes).length;
    const judged = relevanceTable.filter((r) => r.expected !== null);
    const mrr =
      judged.reduce((sum, r) => {
        const rank = ranked(r).indexOf(r.expected as string) + 1;
        return sum + (rank ? 1 / rank : 0);
      }, 0) / judged.length;
    const precision = found / relevanceTable.length;
    console.log(
      `search precision@3: ${found}/${relevanceTable.length} = ${(precision * 100).toFixed(1)}%; ` +
        `MRR (top 10, ${judged.length} judged queries): ${mrr.toFixed(3)}`,
    );
    expect(precision).toBe(1);
    expect(mrr).toBeGreaterThan(0.8);
  });
});
