import { describe, expect, it } from "vitest";
import { contentWords, normalize } from "../../../src/lib/search/normalize";
import { analyseQuery, exactPattern, fuzzyPattern } from "../../../src/lib/search/query";
import { compileSynonyms } from "../../../src/lib/search/synonyms";
import { highlight } from "../../../src/lib/search/highlight";
import { createQueryStemmer } from "../../../src/lib/search/query-stemmer";
import { parsePayload } from "../../../src/lib/search/payload";
import { clip, mdxToText } from "../../../src/lib/search/text";
import type { SearchHit } from "../../../src/lib/search/engine";
import { groupHits } from "../../../src/lib/search/groups";
import { guideRecords } from "../../../src/lib/search/records";

const stem = createQueryStemmer(["mitra", "kelola", "sampah", "kampus"]);
const synonyms = compileSynonyms([
  { terms: ["KPBU", "PPP", "kerja sama pemerintah dan badan usaha"] },
  { terms: ["kemitraan", "partnership"] },
  { terms: ["jalan tol", "toll road"] },
]);

describe("normalisation", () => {
  it("folds case, diacritics and punctuation; drops stop words", () => {
    expect(normalize("Kerja Sama—Café SP4N-LAPOR!")).toBe("kerja sama cafe sp4n lapor");
    expect(contentWords("Bermitra dengan kampus yang ada di daerah")).toEqual(["bermitra", "kampus", "daerah"]);
  });

  it("turns MDX into text and clips to 200 characters at a word", () => {
    expect(mdxToText("Lihat [panduan](/panduan/x/) <Sumber n={2} /> dan **KPBU**.")).toBe("Lihat panduan dan KPBU .");
    const long = "kata ".repeat(80);
    expect(clip(long).length).toBeLessThanOrEqual(200);
    expect(clip(long).endsWith("…")).toBe(true);
  });
});

describe("query analysis", () => {
  it("expands abbreviations and English terms through the synonym map", () => {
    const [c] = analyseQuery("PPP", stem, synonyms);
    expect(c?.alternatives).toEqual(expect.arrayContaining(["kpbu", "kerja sama pemerintah badan usaha"]));
  });

  it("meets a synonym phrase through stems (kemitraannya → kemitraan group)", () => {
    const [c] = analyseQuery("kemitraannya", stem, synonyms);
    expect(c?.alternatives).toEqual(expect.arrayContaining(["mitra", "partnership"]));
  });

  it("takes the longest phrase and ignores short non-abbreviation words", () => {
    const concepts = analyseQuery("jalan tol di kampus", stem, synonyms);
    expect(concepts.map((c) => c.typed)).toEqual(["jalan tol", "kampus"]);
    expect(analyseQuery("ab", stem, synonyms)).toEqual([]);
  });

  it("builds extended-search patterns from normalised words only", () => {
    const [c] = analyseQuery("jalan tol", stem, synonyms);
    const pattern = exactPattern(c!);
    expect(pattern).toContain(`'"jalan tol"`);
    expect(pattern).toContain(`'jalan 'tol`);
    expect(fuzzyPattern(c!)).toBe("jalan tol");
    const [odd] = analyseQuery(`"kam|pus' ^=!`, stem, synonyms);
    expect(exactPattern(odd!)).toMatch(/^[a-z' |"]+$/);
  });
});

describe("highlighting (data, never HTML)", () => {
  it("marks affixed forms of a query stem and keeps text verbatim", () => {
    const segs = highlight("Kemitraannya <b>dikelola</b> bersama.", ["mitra"], stem);
    expect(segs.map((s) => s.text).join("")).toBe("Kemitraannya <b>dikelola</b> bersama.");
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(["Kemitraannya"]);
  });
});

describe("records", () => {
  it("splits a guide by h2 with the heading anchor and skips the navigation section", () => {
    const recs = guideRecords(
      {
        id: "contoh",
        title: "Contoh panduan",
        description: "Deskripsi panduan contoh yang cukup panjang untuk ringkasan.",
        section: "langkah",
        tags: ["uji"],
        body: "<Ringkasan>\n- a\n</Ringkasan>\n\n## Bagian pertama\n\nIsi tentang kemitraan.\n\n### Sub\n\nLagi.\n\n## Langkah berikutnya\n\n- [x](/y/)\n",
        h2Slugs: ["bagian-pertama", "langkah-berikutnya"],
      },
      (w) => w,
    );
    expect(recs.map((r) => r.url)).toEqual(["/panduan/contoh/", "/panduan/contoh/#bagian-pertama"]);
    expect(recs[1]).toMatchObject({ title: "Bagian pertama", parent: "Contoh panduan", headings: ["Sub"] });
  });

  it("groups hits by type in order of their best hit", () => {
    const hit = (id: string, type: "panduan" | "kasus"): SearchHit => ({
      doc: { id, type, url: "/", title: id, summary: "" },
      score: 0,
      matched: 1,
      snippet: [],
    });
    const groups = groupHits([hit("a", "kasus"), hit("b", "panduan"), hit("c", "kasus")]);
    expect(groups.map((g) => [g.label, g.hits.map((h) => h.doc.id)])).toEqual([
      ["Studi kasus", ["a", "c"]],
      ["Panduan", ["b"]],
    ]);
  });
});

describe("payload validation", () => {
  it("rejects malformed or hostile payloads", () => {
    expect(parsePayload(null)).toBeNull();
    expect(parsePayload({ version: 2 })).toBeNull();
    const ok = {
      version: 1,
      docs: [{ id: "a", type: "kasus", url: "/a/" }],
      index: { keys: [], records: [{}] },
      roots: [],
      synonyms: [],
    };
    expect(parsePayload(ok)).not.toBeNull();
    expect(parsePayload({ ...ok, docs: [{ id: "a", type: "kasus", url: "//evil.example/" }] })).toBeNull();
    expect(parsePayload({ ...ok, docs: [{ id: "a", type: "kasus", url: "javascript:alert(1)" }] })).toBeNull();
    expect(parsePayload({ ...ok, index: { keys: [], records: [] } })).toBeNull();
  });
});
