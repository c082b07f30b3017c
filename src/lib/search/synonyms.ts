import { contentWords } from "./normalize";

/** Synonym groups as shipped in the index: each term normalised to its content words joined by one space. */
export type SynonymGroups = readonly (readonly string[])[];

/** Normalises the reviewed groups of content/search/synonyms.yaml; empty and duplicate terms are dropped. */
export function compileSynonyms(groups: readonly { terms: readonly string[] }[]): string[][] {
  return groups
    .map((g) => [...new Set(g.terms.map((t) => contentWords(t).join(" ")).filter(Boolean))])
    .filter((g) => g.length > 1);
}
