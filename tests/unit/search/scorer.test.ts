// The scorer and ranking on a small corpus built end to end (units → index → engine), so each rule is seen alone.
import { describe, expect, it } from "vitest";
import { analyseUnits, buildFiles } from "../../../src/lib/search/build/index-builder";
import { stem } from "../../../src/lib/search/build/stemmer";
import { createEngine } from "../../../src/lib/search/engine";
import { parsePayload } from "../../../src/lib/search/payload";
import { caseUnit, guideUnits, termUnit } from "../../../src/lib/search/records";
import { compileSynonyms } from "../../../src/lib/search/synonyms";
import { createScorer, idf } from "../../../src/lib/search/scorer";
import { rankPages } from "../../../src/lib/search/rank";
import { decodePostings, encodePostings } from "../../../src/lib/search/postings";
import { withFuse } from "./support/engine";

const filler = "Paragraf ini menjelaskan hal umum tentang kerja sama antarinstansi dan pelaksanaannya di daerah.";

function engineOver(units: Parameters<typeof analyseUnits>[0], groups: { terms: string[] }[] = []) {
  const synonyms = compileSynonyms(groups);
  const files = buildFiles(analyseUnits(units, synonyms, stem), synonyms);
  const payload = parsePayload(JSON.parse(JSON.stringify(files.index)));
  if (!payload) throw new Error("invalid payload");
  const engine = createEngine([payload], withFuse);
  engine.addText(0, files.text);
  return engine;
}

const guide = guideUnits({
  id: "panduan-umum",
  title: "Panduan umum kerja sama",
  description: "Panduan umum tentang kerja sama antarinstansi.",
  section: "langkah",
  tags: [],
  body: [
    "## Bagian satu",
    `${filler} Sekali waktu bendungan disebut di sini. ${filler}`,
    "## Bagian dua",
    `${filler} ${filler}`,
  ].join("\n\n"),
});
const dam = caseUnit({
  id: "bendungan-desa",
  title: "Bendungan desa",
  summary: "Pemerintah desa membangun bendungan bersama warga.",
  keys: [],
  facts: [],
  body: `${filler} ${filler}`,
});
const irrigation = caseUnit({
  id: "irigasi-sawah",
  title: "Irigasi sawah",
  summary: "Saluran irigasi sawah dibangun bersama petani.",
  keys: [],
  facts: [],
  body: `${filler} Irigasi dan sawah menjadi pokok kasus ini.`,
});
const levee = caseUnit({
  id: "tanggul-sungai",
  title: "Tanggul sungai",
  summary: "Tanggul sungai diperbaiki bersama warga desa.",
  keys: [],
  facts: [],
  body: `${filler} Tanggul di tepi sungai dan sawah di sekitarnya.`,
});

describe("scorer", () => {
  it("ranks a case whose title names the word above a guide section that mentions it once", () => {
    const engine = engineOver([...guide, dam]);
    const ids = engine.search("bendungan").hits.map((h) => h.doc.id);
    expect(ids).toEqual(["kasus:bendungan-desa", "panduan:panduan-umum"]);
  });

  it("ranks partial matches below full ones, by how many concepts they match", () => {
    const engine = engineOver([irrigation, levee, dam]);
    const outcome = engine.search("irigasi sawah sungai");
    expect(outcome.hits.map((h) => [h.doc.id, h.full, h.matched])).toEqual([
      ["kasus:irigasi-sawah", false, 2],
      ["kasus:tanggul-sungai", false, 2],
    ]);
    const full = engineOver([irrigation, levee, dam]).search("sawah sungai");
    expect(full.hits[0]).toMatchObject({ doc: { id: "kasus:tanggul-sungai" }, full: true });
    expect(full.hits.slice(1).every((h) => !h.full)).toBe(true);
  });

  it("drops a partial match that covers only a minor part of the query", () => {
    const engine = engineOver([irrigation, levee, dam]);
    // "xyzabc" is unknown, so it weighs as much as the rarest word: "sawah" alone is half of the query at most.
    expect(engine.search("sawah xyzabc qwerty").total).toBe(0);
  });

  it("collapses a guide's sections into one row linking the best section", () => {
    const engine = engineOver([...guide, dam]);
    const [row] = engine.search("bendungan panduan").hits;
    expect(row).toMatchObject({
      doc: { id: "panduan:panduan-umum" },
      unit: { id: "panduan:panduan-umum#bagian-satu" },
    });
    expect(engine.search("kerja sama").hits.filter((h) => h.doc.id === "panduan:panduan-umum")).toHaveLength(1);
  });

  it("puts a glossary entry first when the query is its term, abbreviation or a synonym", () => {
    const term = termUnit({ id: "tanggul", term: "Tanggul", definition: "Bangunan penahan air di tepi sungai." });
    const engine = engineOver([levee, term], [{ terms: ["tanggul", "levee", "dike"] }]);
    expect(engine.search("levee").hits[0]?.doc.id).toBe("istilah:tanggul");
    expect(engine.search("tanggul").hits[0]?.doc.id).toBe("istilah:tanggul");
  });

  it("sums the best token of each concept, weighted by idf", () => {
    const score = createScorer(4);
    const postings = (units: number[]) => decodePostings(encodePostings(units.map((u) => [u, 1])));
    const result = score([
      [{ key: "a", postings: postings([0, 1]), kind: "exact" }],
      [
        { key: "b", postings: postings([1]), kind: "exact" },
        { key: "c", postings: postings([1, 2]), kind: "prefix" },
      ],
    ]);
    expect(result.touched.sort()).toEqual([0, 1, 2]);
    expect(result.mask[1]).toBe(0b11);
    expect(result.score[1]).toBeGreaterThan(result.score[0] as number);
    expect(idf(1, 4)).toBeGreaterThan(idf(2, 4));
    const rows = rankPages({
      scores: result,
      unitPage: [0, 1, 2, 3],
      isSection: () => false,
      conceptWeights: [1, 1],
    });
    expect(rows.map((r) => [r.page, r.full])).toEqual([
      [1, true],
      [0, false],
      [2, false],
    ]);
  });
});
