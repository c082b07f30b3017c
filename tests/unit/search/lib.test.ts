import { describe, expect, it } from "vitest";
import { contentTokens, contentWords, normalize } from "../../../src/lib/search/normalize";
import { analyseQuery } from "../../../src/lib/search/query";
import { compileSynonyms, termLookup } from "../../../src/lib/search/synonyms";
import { markText, type Marker } from "../../../src/lib/search/highlight";
import { createQueryStemmer } from "../../../src/lib/search/query-stemmer";
import { parsePayload } from "../../../src/lib/search/payload";
import { clip, mdxToText } from "../../../src/lib/search/text";
import { guideUnits, NAVIGATION_HEADINGS } from "../../../src/lib/search/records";
import { decodePostings, encodePostings, WEIGHT_MAX } from "../../../src/lib/search/postings";
import { dropQuestionWords, questionWords } from "../../../src/lib/search/question-words";
import { snippetOf } from "../../../src/lib/search/snippet";

const stem = createQueryStemmer(["mitra", "kelola", "sampah", "kampus", "paham"]);
const synonyms = compileSynonyms([
  { terms: ["KPBU", "PPP", "kerja sama pemerintah dan badan usaha"] },
  { terms: ["kemitraan", "partnership"] },
  { terms: ["jalan tol", "toll road"] },
  { terms: ["kampus", "perguruan tinggi"] },
]);
const lookup = termLookup(synonyms, stem);

describe("normalisation", () => {
  it("folds case, diacritics and punctuation; drops stop words", () => {
    expect(normalize("Kerja Sama—Café SP4N-LAPOR!")).toBe("kerja sama cafe sp4n lapor");
    expect(contentWords("Bermitra dengan kampus yang ada di daerah")).toEqual(["bermitra", "kampus", "daerah"]);
  });

  it("marks words written joined to a neighbour", () => {
    expect(contentTokens("skema PPP dan UKP-PPP")).toEqual([
      { word: "skema", joined: false },
      { word: "ppp", joined: false },
      { word: "ukp", joined: true },
      { word: "ppp", joined: true },
    ]);
  });

  it("turns MDX into text for matching and clips at a word", () => {
    expect(mdxToText("Lihat [panduan](/panduan/x/) <Sumber n={2} /> dan **KPBU**.")).toBe("Lihat panduan dan KPBU .");
    const long = "kata ".repeat(80);
    expect(clip(long).length).toBeLessThanOrEqual(200);
    expect(clip(long).endsWith("…")).toBe(true);
  });
});

describe("question words", () => {
  it("lists the words that frame a question, not its subject", () => {
    for (const w of ["cara", "bagaimanakah", "arti", "artinya", "pengertian", "contoh", "definisi", "tepat"])
      expect(questionWords.has(w), w).toBe(true);
    // Subjects in this domain, even inside a question.
    for (const w of ["langkah", "manfaat", "tantangan", "jenis", "mitra", "evaluasi", "efektif"])
      expect(questionWords.has(w), w).toBe(false);
  });

  it("drops them while another word remains, and keeps a query made only of them", () => {
    expect(dropQuestionWords(["cara", "memilih", "mitra", "tepat"])).toEqual(["memilih", "mitra"]);
    expect(dropQuestionWords(["arti", "wanprestasi"])).toEqual(["wanprestasi"]);
    expect(dropQuestionWords(["contoh"])).toEqual(["contoh"]);
  });

  it("are left out of the query's concepts", () => {
    const concepts = analyseQuery("apa arti kampus?", stem, lookup);
    expect(concepts.map((c) => c.typed)).toEqual(["kampus"]);
  });
});

describe("query analysis", () => {
  it("finds synonym terms as whole phrases, longest first", () => {
    const concepts = analyseQuery("jalan tol di kampus", stem, lookup);
    expect(concepts.map((c) => [c.kind, c.typed])).toEqual([
      ["group", "jalan tol"],
      ["group", "kampus"],
    ]);
    // "perguruan" alone is not the phrase "perguruan tinggi" (no "guru tinggi" by stemming word by word).
    expect(analyseQuery("perguruan swasta", stem, lookup).map((c) => c.kind)).toEqual(["word", "word"]);
  });

  it("meets a single-word term through its stem, but an abbreviation only as written", () => {
    const [c] = analyseQuery("kemitraannya", stem, lookup);
    expect(c).toMatchObject({ kind: "group", group: 1 });
    expect(analyseQuery("ppp", stem, lookup)[0]).toMatchObject({ kind: "group", group: 0 });
    expect(analyseQuery("UKP-PPP", stem, lookup).map((c) => c.kind)).toEqual(["word", "word"]);
  });

  it("marks the last word open while it is being typed", () => {
    expect(analyseQuery("sampah kel", stem, lookup).at(-1)).toMatchObject({ typed: "kel", open: true });
    expect(analyseQuery("sampah kel ", stem, lookup).at(-1)).toMatchObject({ typed: "kel", open: false });
    expect(analyseQuery("ab", stem, lookup)).toEqual([]);
  });
});

describe("highlighting (data, never HTML)", () => {
  const marker = (extra: Partial<Marker> = {}): Marker => ({
    stem,
    lookup,
    stems: new Map([["kelola", 0]]),
    groups: new Map([
      [0, 1],
      [3, 2],
    ]),
    ...extra,
  });

  it("marks affixed forms, whole phrases and standalone abbreviations; keeps the text verbatim", () => {
    const text = "Skema PPP <b>dikelola</b> oleh perguruan tinggi, bukan UKP-PPP.";
    const { segments, concepts } = markText(text, marker());
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["PPP", "dikelola", "perguruan tinggi"]);
    expect(concepts).toBe(0b111);
  });

  it("marks words that start with the word being typed", () => {
    const m = markText("Pengelolaan sampah", marker({ stems: new Map(), prefix: { text: "pengel", concept: 0 } }));
    expect(m.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["Pengelolaan"]);
  });
});

describe("snippets", () => {
  const marker: Marker = { stem, lookup, stems: new Map([["sampah", 0]]), groups: new Map([[3, 1]]) };

  it("come from the sentence that matches most of the query, not the first", () => {
    const segs = snippetOf(
      ["Kalimat pembuka tanpa kata yang dicari.", "Sampah dari kampus dipilah.", "Sampah saja."],
      marker,
    );
    expect(segs.map((s) => s.text).join("")).toBe("Sampah dari kampus dipilah.");
  });

  it("fall back to the first sentence and are cut around the first match", () => {
    expect(snippetOf(["Satu.", "Dua."], marker).map((s) => s.text)).toEqual(["Satu."]);
    const long = `${"Awal kalimat yang panjang sekali ".repeat(8)}lalu sampah muncul di sini dan kalimat berlanjut.`;
    const text = snippetOf([long], marker, 120)
      .map((s) => s.text)
      .join("");
    expect(text.length).toBeLessThanOrEqual(122);
    expect(text.startsWith("…")).toBe(true);
    expect(text).toContain("sampah");
  });
});

describe("records", () => {
  it("makes one unit for a guide and one per h2 section, without navigation sections", () => {
    const units = guideUnits({
      id: "contoh",
      title: "Contoh panduan",
      description: "Deskripsi panduan contoh yang cukup panjang untuk ringkasan.",
      section: "langkah",
      tags: ["uji"],
      body: [
        "<Ringkasan>\n- a\n</Ringkasan>",
        "## Bagian pertama\n\nIsi tentang kemitraan yang cukup panjang.\n\n| Kolom | Isi |\n|---|---|\n| a | b |\n\n### Sub\n\nLagi.",
        "## Peta situs\n\n| Bagian | Isi |\n|---|---|",
        "## Cara memakai situs ini\n\n- Pilih jalur.",
        "## Langkah berikutnya\n\n- [x](/y/)",
      ].join("\n\n"),
      h2Slugs: ["bagian-pertama", "peta-situs", "cara-memakai-situs-ini", "langkah-berikutnya"],
    });
    expect(units.map((u) => `${u.page.url}${u.anchor ? `#${u.anchor}` : ""}`)).toEqual([
      "/panduan/contoh/",
      "/panduan/contoh/#bagian-pertama",
    ]);
    expect(units[1]).toMatchObject({
      heading: "Bagian pertama",
      fields: { parent: ["Contoh panduan"], heading: ["Sub"] },
    });
    expect(units[1]?.sentences).toEqual(["Isi tentang kemitraan yang cukup panjang."]);
    expect([...NAVIGATION_HEADINGS]).toEqual(["langkah berikutnya", "peta situs", "cara memakai situs ini"]);
  });
});

describe("posting lists", () => {
  it("round-trip units and (quantised) weights, and survive garbage", () => {
    const entries: [number, number][] = [
      [0, 0.4],
      [3, WEIGHT_MAX],
      [40, 1.7],
      [5000, 2.2],
    ];
    const decoded = decodePostings(encodePostings(entries), 10);
    expect([...decoded.units]).toEqual([10, 13, 50, 5010]);
    decoded.weights.forEach((w, i) => expect(Math.abs(w - (entries[i]?.[1] ?? 0))).toBeLessThan(0.2));
    expect([...decodePostings("0A\u00e9\u0000", 0).units]).toEqual([0]);
    expect([...decodePostings(encodePostings(entries), 0, 41).units]).toEqual([0, 3, 40]);
    expect(() =>
      encodePostings([
        [2, 1],
        [1, 1],
      ]),
    ).toThrow();
  });
});

describe("payload validation", () => {
  const ok = {
    version: 2,
    stamp: "1",
    docs: [["kasus:a", "A"]],
    units: [[0, "", ""]],
    vocab: "a b,~nya",
    postings: ["00", "01"],
    groups: [],
  };

  it("accepts a well-formed index and rejects malformed or hostile ones", () => {
    expect(parsePayload(ok)).not.toBeNull();
    expect(parsePayload(null)).toBeNull();
    expect(parsePayload({ ...ok, version: 1 })).toBeNull();
    expect(parsePayload({ ...ok, docs: [["kasus://evil.example", "A"]] })).toBeNull();
    expect(parsePayload({ ...ok, docs: [["javascript:alert(1)", "A"]] })).toBeNull();
    expect(parsePayload({ ...ok, docs: [["lain:a", "A"]] })).toBeNull();
    expect(parsePayload({ ...ok, units: [[1, "", ""]] })).toBeNull();
    expect(parsePayload({ ...ok, postings: ["00"] })).toBeNull();
    expect(parsePayload({ ...ok, groups: [["x", "a", "00"]] })).toBeNull();
  });
});
