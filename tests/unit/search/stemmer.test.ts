import { describe, expect, it } from "vitest";
import { sastrawiStem, stem } from "../../../src/lib/search/build/stemmer";
import { createQueryStemmer } from "../../../src/lib/search/query-stemmer";
import { stemWord } from "../../../src/lib/search/affixes";
import { contentWords } from "../../../src/lib/search/normalize";
import { mdxToText } from "../../../src/lib/search/text";
import { loadSiteContent } from "./support/content";
import { realShards } from "./support/engine";

// Forms readers type, with the root a careful human gives them.
const forms: [string, string][] = [
  ["bermitra", "mitra"],
  ["kemitraan", "mitra"],
  ["kemitraannya", "mitra"],
  ["pengelolaan", "kelola"],
  ["pengelola", "kelola"],
  ["dikelola", "kelola"],
  ["mengelola", "kelola"],
  ["mengevaluasi", "evaluasi"],
  ["kesepahaman", "paham"],
  ["perjanjian", "janji"],
  ["keberlanjutan", "lanjut"],
  ["pembiayaan", "biaya"],
  ["pendanaan", "dana"],
  ["penyediaan", "sedia"],
  ["menyediakan", "sedia"],
  ["persampahan", "sampah"],
  ["pelayanan", "layan"],
  ["perencanaan", "rencana"],
  ["merencanakan", "rencana"],
  ["pemerintahan", "perintah"],
  ["kebutuhan", "butuh"],
  ["pemetaan", "peta"],
  ["memetakan", "peta"],
  ["penerangan", "terang"],
  ["kesepakatan", "sepakat"],
  ["bekerja", "kerja"],
  ["pekerja", "kerja"],
  ["belajar", "ajar"],
  ["diberikan", "beri"],
  ["perbaikan", "baik"],
  ["pemilik", "milik"],
  ["berakhir", "akhir"],
  ["pelatihan", "latih"],
  ["sampahnya", "sampah"],
  ["kebijakan", "bijak"],
  ["pertemuan", "temu"],
  ["penanggung", "tanggung"],
  ["diperlukan", "perlu"],
  ["keterlibatan", "libat"],
  ["penguatan", "kuat"],
  ["memperkuat", "kuat"],
];

describe("build-time stemmer (ECS rules over the sastrawijs dictionary)", () => {
  it.each(forms)("%s → %s", (word, root) => expect(stem(word)).toBe(root));

  it("keeps words it cannot reduce, and short or non-alphabetic tokens", () => {
    expect(stem("vokasi")).toBe("vokasi");
    expect(stem("stunting")).toBe("stunting");
    expect(stem("kemitran")).toBe("kemitran");
    expect(stem("sp4n")).toBe("sp4n");
    expect(stem("ppp")).toBe("ppp");
  });

  it("documents why sastrawijs alone was not used: it misses forms from the issue", () => {
    const misses = forms.filter(([w, root]) => sastrawiStem(w) !== root).map(([w]) => w);
    expect(misses).toEqual(expect.arrayContaining(["pengelolaan", "mengevaluasi", "pemetaan", "penerangan"]));
    console.log(`sastrawijs misses ${misses.length}/${forms.length} forms: ${misses.join(", ")}`);
  });
});

describe("query stemmer (same rules, corpus root list)", () => {
  it("only accepts roots in the list", () => {
    const s = createQueryStemmer(["mitra"]);
    expect(s("kemitraannya")).toBe("mitra");
    expect(s("pengelolaan")).toBe("pengelolaan");
    expect(stemWord("pengelolaan", (w) => w === "kelola")).toBe("kelola");
  });

  it("agrees with the build-time stemmer over the whole corpus vocabulary", () => {
    const c = loadSiteContent();
    const texts = [
      ...c.guides.flatMap((g) => [g.title, g.description, ...g.tags, mdxToText(g.body)]),
      ...c.cases.flatMap((k) => [k.data.title, k.data.summary, ...k.data.tags, mdxToText(k.body)]),
      ...c.glossary.flatMap((t) => [t.term, t.abbreviation ?? "", t.definition]),
    ];
    const vocabulary = new Set(texts.flatMap(contentWords));
    // The corpus's stems as the only root list, without the shipped spellings: this checks the affix rules that
    // handle words the index has never seen.
    const query = createQueryStemmer(
      realShards()
        .semua.vocab.split(" ")
        .map((v) => v.split(",")[0] as string),
    );
    let agree = 0;
    let sastrawiAgree = 0;
    const differ: string[] = [];
    for (const w of vocabulary) {
      const b = stem(w);
      if (query(w) === b) agree++;
      else if (differ.length < 15) differ.push(`${w}: ${b}/${query(w)}`);
      if (sastrawiStem(w) === b) sastrawiAgree++;
    }
    const rate = agree / vocabulary.size;
    console.log(
      `stemmer agreement over ${vocabulary.size} words: ${(rate * 100).toFixed(2)}% ` +
        `(build vs sastrawijs: ${((sastrawiAgree / vocabulary.size) * 100).toFixed(1)}%). Differences: ${differ.join("; ")}`,
    );
    expect(vocabulary.size).toBeGreaterThan(1000);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
