// Synthetic corpora shaped like the real index: records are recombined from the real ones (same field
// lengths, same vocabulary, same type mix), so sizes and timings scale as the real site would.
import { siteRecords } from "../../src/lib/search/build/site";
import { buildPayload } from "../../src/lib/search/build/payload";
import { compileSynonyms } from "../../src/lib/search/synonyms";
import type { IndexPayload } from "../../src/lib/search/payload";
import type { SearchRecord } from "../../src/lib/search/types";
import type { SiteContent } from "../../src/lib/search/build/site";

/** A small deterministic PRNG so every run measures the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticPayload(content: SiteContent, size: number): IndexPayload {
  const real = siteRecords(content);
  const random = rng(size);
  const vocabulary = [...new Set(real.flatMap((r) => r.stems.split(" ")).filter(Boolean))];
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] as string;
  const records: SearchRecord[] = [];
  for (let i = 0; i < size; i++) {
    const r = real[i % real.length] as SearchRecord;
    const stems = r.stems.split(" ").map((s) => (random() < 0.5 ? pick() : s));
    records.push({
      ...r,
      id: `${r.id}~${i}`,
      url: `${r.url.replace(/#.*$/, "")}#s${i}`,
      title: i < real.length ? r.title : `${r.title} ${pick()}`,
      stems: [...new Set(stems)].join(" "),
      roots: [...new Set([...(r.roots ?? []), ...stems])],
    });
  }
  return buildPayload(records, compileSynonyms(content.synonyms));
}
