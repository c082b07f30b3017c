// Synthetic corpora shaped like the real index: units are recombined from the real ones (same field lengths,
// same vocabulary, same type mix; half the words of each text swapped for other words of the corpus), each as a
// page of its own, so sizes and timings scale as the real site would.
import { analyseUnits, buildFiles, type ShardFiles } from "../../src/lib/search/build/index-builder";
import { siteUnits, type SiteContent } from "../../src/lib/search/build/site";
import { stem } from "../../src/lib/search/build/stemmer";
import { compileSynonyms } from "../../src/lib/search/synonyms";
import type { IndexUnit } from "../../src/lib/search/records";
import { pageUrl } from "../../src/lib/search/types";

/** A small deterministic PRNG so every run measures the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticFiles(content: SiteContent, size: number): ShardFiles {
  const real = siteUnits(content);
  const random = rng(size);
  const vocabulary = [...new Set(real.flatMap((u) => Object.values(u.fields).flat().join(" ").split(/\s+/)))].filter(
    (w) => /^\p{L}{3,}$/u.test(w),
  );
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] as string;
  const mix = (text: string) =>
    text
      .split(" ")
      .map((w) => (random() < 0.5 ? pick() : w))
      .join(" ");
  const units: IndexUnit[] = [];
  for (let i = 0; i < size; i++) {
    const r = real[i % real.length] as IndexUnit;
    const slug = `${r.page.id.slice(r.page.id.indexOf(":") + 1)}-s${i}`;
    const id = `${r.page.type}:${slug}`;
    const url = pageUrl(id) as string;
    units.push({
      ...r,
      page: { ...r.page, id, url, title: i < real.length ? r.page.title : `${r.page.title} ${pick()}` },
      fields: Object.fromEntries(
        Object.entries(r.fields).map(([f, texts]) => [f, f === "title" ? texts : texts.map(mix)]),
      ),
      sentences: i < real.length ? r.sentences : r.sentences.map(mix),
    });
  }
  const synonyms = compileSynonyms(content.synonyms);
  return buildFiles(analyseUnits(units, synonyms, stem), synonyms);
}
