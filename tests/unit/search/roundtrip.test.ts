import { describe, expect, it } from "vitest";
import { createEngine, type SearchHit } from "../../../src/lib/search/engine";
import { parseTextPayload } from "../../../src/lib/search/payload";
import { relevanceTable } from "./relevance.table";
import { realEngine, realFiles, realShards, shipped, withFuse } from "./support/engine";

describe("shipped index", () => {
  it("gives the same results after a JSON round trip and validation as the built payload", () => {
    const built = createEngine([realShards().semua], withFuse);
    built.addText(0, realFiles().semua.text);
    const parsed = realEngine();
    for (const { query } of relevanceTable) {
      const a = built.search(query, 10).hits.map((h) => h.unit.id);
      const b = parsed.search(query, 10).hits.map((h) => h.unit.id);
      expect(b, query).toEqual(a);
    }
  });

  it("finds the same cases in the case explorer's file as the site search does", () => {
    // Only full matches compare: which partial matches show depends on how rare a word is in the file at hand.
    const cases = createEngine([shipped("kasus")], withFuse);
    const site = realEngine();
    for (const query of ["sampah", "kpbu", "air minum", "magang mahasiswa", "serat optik", "bandara"]) {
      const a = site.search(query, { type: "kasus" }).hits.map((h) => h.doc.id);
      const b = cases.search(query).hits.map((h) => h.doc.id);
      expect(a.length, query).toBeGreaterThan(0);
      expect([...b].sort(), query).toEqual([...a].sort());
    }
  });

  it("takes snippet sentences only from the text file of the same build", () => {
    const { index, text } = realFiles().semua;
    expect(parseTextPayload({ ...text, stamp: "00000000" }, index)).toBeNull();
    expect(parseTextPayload({ ...text, sentences: text.sentences.slice(1) }, index)).toBeNull();
    const engine = createEngine([shipped("semua")], withFuse);
    const hit = engine.search("sampah", 1).hits[0] as SearchHit;
    expect(engine.search("sampah", 1).snippet(hit)).toEqual([]);
    expect(engine.addText(0, { ...text, stamp: "00000000" })).toBe(false);
    expect(engine.addText(0, text)).toBe(true);
    const after = engine.search("sampah", 1);
    expect(after.snippet(after.hits[0] as SearchHit).some((s) => s.mark)).toBe(true);
  });

  it("reads display text and URLs back from the index", () => {
    const hit = realEngine().search("SPAM Regional Umbulan", 1).hits[0];
    expect(hit?.doc).toMatchObject({
      id: "kasus:spam-umbulan",
      title: "SPAM Regional Umbulan",
      url: "/studi-kasus/spam-umbulan/",
    });
    const term = realEngine().search("kpbu", 1).hits[0];
    expect(term?.doc).toMatchObject({ url: "/glosarium/#kpbu", alias: "Kerja Sama Pemerintah dengan Badan Usaha" });
    const tool = realEngine().search("kesiapan kemitraan", 1).hits[0];
    expect(tool?.doc.url).toBe("/penilaian/kesiapan/");
  });

  it("counts every match, lists up to the limit, and counts per type whatever the filter", () => {
    const engine = realEngine();
    const all = engine.search("kemitraan", 5);
    expect(all.hits).toHaveLength(5);
    expect(all.total).toBeGreaterThan(5);
    expect(Object.values(all.byType).reduce((a, b) => a + b, 0)).toBe(all.total);
    const cases = engine.search("kemitraan", { type: "kasus" });
    expect(cases.total).toBe(all.byType.kasus);
    expect(cases.byType).toEqual(all.byType);
    expect(cases.hits.every((h) => h.doc.type === "kasus")).toBe(true);
  });

  it("does not match a short abbreviation inside a hyphenated name (ppp in UKP-PPP)", () => {
    const engine = realEngine();
    expect(engine.search("ukp").hits.map((h) => h.doc.id)).toContain("kasus:satu-data-indonesia");
    expect(engine.search("ppp").hits.map((h) => h.doc.id)).not.toContain("kasus:satu-data-indonesia");
  });

  it("keeps navigation sections and Markdown out of the index and its snippets", () => {
    const { semua } = realShards();
    const headings = semua.units.map((u) => u[2].toLowerCase());
    expect(headings.filter(Boolean).length).toBeGreaterThan(100);
    for (const nav of ["peta situs", "cara memakai situs ini", "langkah berikutnya"])
      expect(headings).not.toContain(nav);
    const sentences = realFiles().semua.text.sentences.flat();
    expect(sentences.length).toBeGreaterThan(200);
    for (const s of sentences) expect(s, s).not.toMatch(/---|\[[ xX]\]|\*\*|\||<\/?[A-Z]|\]\(/);
  });

  it("offers suggestions from the index's own words when nothing matches", () => {
    const engine = realEngine();
    expect(engine.search("kemitraaan pengelolan").total).toBeGreaterThan(0);
    expect(engine.suggest("keberlanjtuan")).toContain("keberlanjutan");
    for (const s of engine.suggest("pemetan sampahh")) expect(engine.search(s).total, s).toBeGreaterThan(0);
  });
});
