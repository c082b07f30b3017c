// The fuzzy component (fuse.js over the index's spellings) and how the engine calls it: only for words the index
// lacks, loaded once, never matching inside a longer word.
import Fuse from "fuse.js/basic";
import { describe, expect, it, vi } from "vitest";
import { createEngine, type FuzzyLoader } from "../../../src/lib/search/engine";
import { createFuzzyWords, lengthAllowance, TYPO_THRESHOLD } from "../../../src/lib/search/fuzzy";
import { realEngine, realShards, shipped } from "./support/engine";

const words = [
  "kemitraan",
  "kemitraannya",
  "siapmitra",
  "mitra",
  "mitranya",
  "kesepahaman",
  "kesepakatan",
  "umbulan",
  "stunting",
  "evaluasi",
  "wanprestasi",
  "pemetaan",
  "pemenang",
  "keberlanjutan",
  "mou",
  "bola",
  "bahasa",
].sort();
const fuzzy = createFuzzyWords(words);

/** Every spelling of an index file, as the engine reads them from its vocabulary. */
function spellingsOf(vocab: string): Set<string> {
  const out = new Set<string>();
  for (const item of vocab.split(" ")) {
    const [stem = "", ...forms] = item.split(",");
    out.add(stem);
    for (const f of forms) if (f) out.add(f.replace("~", stem));
  }
  return out;
}

describe("typo matching with fuse", () => {
  it("finds a word with one slip from five letters: a letter missing, extra, wrong, or the first one dropped", () => {
    expect(fuzzy.typos("kesepahamn")).toEqual(["kesepahaman"]);
    expect(fuzzy.typos("umbulam")).toEqual(["umbulan"]);
    expect(fuzzy.typos("stuntng")).toEqual(["stunting"]);
    expect(fuzzy.typos("evaluasu")).toEqual(["evaluasi"]);
    expect(fuzzy.typos("wanprestsi")).toEqual(["wanprestasi"]);
    expect(fuzzy.typos("kemitrraan")).toEqual(["kemitraan"]);
    expect(fuzzy.typos("lemitraan")).toEqual(["kemitraan"]);
    expect(fuzzy.typos("emitraan")).toEqual(["kemitraan"]);
    expect(fuzzy.typos("keberlanjtuan")).toEqual(["keberlanjutan"]);
  });

  it("does not match inside a longer word, nor a word the typed one only begins", () => {
    // fuse's defaults (distance 100) do: the end of "siapmitra" and the middle of "kemitraan" match "mitran".
    const defaults = new Fuse(words, { includeScore: true }).search("mitran").map((r) => r.item);
    expect(defaults).toEqual(expect.arrayContaining(["siapmitra", "kemitraan", "mitranya"]));
    expect(fuzzy.typos("mitran")).toEqual(["mitra"]);
    expect(fuzzy.typos("itraan")).toEqual([]);
    expect(fuzzy.typos("pmitra")).toEqual(["mitra"]);
    expect(fuzzy.typos("siapmitran")).toEqual(["siapmitra"]);
  });

  it("reads the spelling against the word too, so letters after the match are not free", () => {
    // "pemetan" is one edit from "pemetaan" and also begins "pemenan(g)" with one edit; only the first is one edit.
    expect(fuzzy.typos("pemetan")).toEqual(["pemetaan"]);
  });

  it("finds a word from any typo with one letter missing, added or changed after the second (both five letters or more)", () => {
    let tried = 0;
    for (const word of words.filter((w) => w.length >= 5))
      for (let i = 2; i < word.length; i++) {
        const missing = word.slice(0, i) + word.slice(i + 1);
        const added = word.slice(0, i) + "q" + word.slice(i);
        const changed = word.slice(0, i) + "q" + word.slice(i + 1);
        for (const typo of [missing, added, changed].filter((t) => t.length >= 5)) {
          expect(fuzzy.typos(typo), typo).toContain(word);
          tried++;
        }
      }
    expect(tried).toBeGreaterThan(300);
  });

  it("allows no edit up to four letters, one from five and two from ten", () => {
    expect([4, 5, 9, 10, 14, 15].map((n) => lengthAllowance(n, TYPO_THRESHOLD))).toEqual([0, 1, 1, 2, 2, 3]);
    expect(fuzzy.typos("mol")).toEqual([]);
    expect(fuzzy.typos("bila")).toEqual([]);
    expect(fuzzy.typos("bahsa")).toEqual(["bahasa"]);
    expect(fuzzy.typos("evluasu")).toEqual([]);
    expect(fuzzy.suggestions("evluasu")).toEqual(["evaluasi"]);
  });
});

describe("several spellings at the same distance", () => {
  const boats = createFuzzyWords(["sampah", "sampan", "sambal", "ampas"]);

  it("returns all of them, sorted, and only those at the best distance", () => {
    expect(boats.typos("sampak")).toEqual(["sampah", "sampan"]);
    expect(boats.typos("sampahh")).toEqual(["sampah"]);
    expect(boats.suggestions("sambak")).toEqual(["sambal"]);
  });

  it("finds nothing over an empty list or for a word nothing is near", () => {
    expect(createFuzzyWords([]).typos("kemitraan")).toEqual([]);
    expect(boats.typos("wanprestasi")).toEqual([]);
    expect(boats.suggestions("xyzzy")).toEqual([]);
  });
});

describe("the engine's use of fuse", () => {
  it("loads the matcher only for a word no spelling equals or begins, once, and says when results wait for it", async () => {
    let release: (() => void) | undefined;
    const loader = vi.fn<FuzzyLoader>(() => new Promise((resolve) => (release = () => resolve(createFuzzyWords))));
    const engine = createEngine([shipped("semua")], loader);
    for (const q of ["kemitraan", "bermitra", "kemit", "kpbu", "apa itu wanprestasi"]) {
      const outcome = engine.search(q);
      expect(outcome.total, q).toBeGreaterThan(0);
      expect(outcome.pending, q).toBeUndefined();
    }
    expect(loader).not.toHaveBeenCalled();

    const waiting = engine.search("stuntng");
    expect(waiting.total).toBe(0);
    expect(waiting.pending).toBeInstanceOf(Promise);
    expect(engine.search("wanprestsi").pending).toBe(waiting.pending);
    expect(loader).toHaveBeenCalledTimes(1);
    release?.();
    await waiting.pending;

    const found = engine.search("stuntng");
    expect(found.pending).toBeUndefined();
    expect(found.hits.map((h) => h.doc.id)).toContain("kasus:konvergensi-stunting");
    expect(engine.suggest("keberlanjtuan")).toContain("keberlanjutan");
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("does not load the matcher for a word too short for a typo allowance while other words find pages", () => {
    const loader = vi.fn<FuzzyLoader>(() => new Promise(() => {}));
    const engine = createEngine([shipped("semua")], loader);
    // Two letters: no prefix lookup, no allowance. Four: no allowance, and the other words find pages.
    for (const q of ["k", "ke", "xq", "magang mahasiswa kampus zqxw"]) {
      expect(engine.search(q).pending, q).toBeUndefined();
    }
    expect(engine.search("magang mahasiswa kampus zqxw").total).toBeGreaterThan(0);
    expect(loader).not.toHaveBeenCalled();
    // Nothing found at all: the suggestions need the matcher, so it is loaded and the outcome says so.
    const none = engine.search("zqxw");
    expect(none.total).toBe(0);
    expect(none.pending).toBeInstanceOf(Promise);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("goes on without typo tolerance when the matcher cannot be loaded", async () => {
    const engine = createEngine([shipped("semua")], () => Promise.reject(new Error("offline")));
    const first = engine.search("stuntng");
    await first.pending;
    const again = engine.search("stuntng");
    expect(again.pending).toBeUndefined();
    expect(again.total).toBe(0);
    expect(engine.search("stunting").total).toBeGreaterThan(0);
  });

  it("treats a factory that throws like a failed load", async () => {
    const engine = createEngine([shipped("semua")], () =>
      Promise.resolve(() => {
        throw new Error("broken");
      }),
    );
    await engine.search("stuntng").pending;
    expect(engine.search("stuntng").pending).toBeUndefined();
    expect(engine.suggest("stuntng")).toEqual([]);
  });

  it("builds suggestions only from the index's own spellings", () => {
    const engine = realEngine();
    const known = spellingsOf(realShards().semua.vocab);
    const queries = ["keberlanjtuan", "pemetan sampahh", "evluasu", "kemitrran pendanan", "stuntng anak"];
    const suggested = queries.flatMap((q) => engine.suggest(q));
    expect(suggested).toEqual(expect.arrayContaining(["keberlanjutan", "pemetaan sampah", "evaluasi"]));
    for (const s of suggested) for (const w of s.split(" ")) expect(known.has(w), `${s}: ${w}`).toBe(true);
  });
});
