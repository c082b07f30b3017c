import { describe, expect, it } from "vitest";
import { relevanceTable } from "./relevance.table";
import { realEngine } from "./support/engine";

const engine = realEngine();
const top3 = (q: string) => engine.search(q, 3).hits.map((h) => h.doc.id);

describe("relevance table over the real index", () => {
  it("has at least 40 queries covering every kind", () => {
    expect(relevanceTable.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(relevanceTable.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      "imbuhan",
      "isi kasus",
      "judul",
      "salah ketik",
      "singkatan/Inggris",
      "tanpa hasil",
    ]);
  });

  it.each(relevanceTable.map((r) => [r.query, r.expected] as const))("%s → %s", (query, expected) => {
    const ids = top3(query);
    if (expected === null) expect(ids).toEqual([]);
    else expect(ids).toContain(expected);
  });

  it("gives affixed forms the results of their root", () => {
    const root = top3("mitra");
    expect(root.length).toBe(3);
    for (const form of ["bermitra", "kemitraan", "kemitraannya"]) expect(top3(form), form).toEqual(root);
    // The same records (order may differ a little: the typed form itself also counts as an exact match).
    const ids = (q: string) =>
      engine
        .search(q)
        .hits.map((h) => h.doc.id)
        .sort();
    for (const form of ["pengelolaan", "dikelola"]) expect(ids(form), form).toEqual(ids("kelola"));
  });

  it("reports precision at 3", () => {
    const hits = relevanceTable.filter((r) => {
      const ids = top3(r.query);
      return r.expected === null ? ids.length === 0 : ids.includes(r.expected);
    });
    const precision = hits.length / relevanceTable.length;
    console.log(`search precision@3: ${hits.length}/${relevanceTable.length} = ${(precision * 100).toFixed(1)}%`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
