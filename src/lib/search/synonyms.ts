import { contentWords } from "./normalize";

/** Synonym groups as shipped in the index: each term normalised to its content words joined by one space. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Single-word terms up to this length are abbreviations ("ppp", "pks", "mou"): they match only a whole word
 * written on its own (not "UKP-PPP") and never through a stem, which would make "ap" or "das" meet other words.
 */
export const SHORT_TERM = 4;

/** Normalises the reviewed groups of content/search/synonyms.yaml; empty and duplicate terms are dropped. */
export function compileSynonyms(groups: readonly { terms: readonly string[] }[]): string[][] {
  return groups.map((g) => [...new Set(g.terms.map((t) => contentWords(t).join(" ")).filter(Boolean))]);
}

/** One term of a group, split into words. */
export interface GroupTerm {
  words: readonly string[];
  group: number;
}

/**
 * The terms of every group keyed by their first word (or, for single words longer than SHORT_TERM, also by
 * their stem), longest first, so a scan finds "kerja sama daerah" before "kerja sama".
 */
export interface TermLookup {
  byWord: Map<string, GroupTerm[]>;
  byStem: Map<string, GroupTerm[]>;
}

export function termLookup(groups: SynonymGroups, stem: (w: string) => string): TermLookup {
  const byWord = new Map<string, GroupTerm[]>();
  const byStem = new Map<string, GroupTerm[]>();
  const add = (map: Map<string, GroupTerm[]>, key: string, term: GroupTerm) => {
    const list = map.get(key) ?? [];
    list.push(term);
    map.set(key, list);
  };
  groups.forEach((terms, group) => {
    for (const t of terms) {
      const words = t.split(" ");
      const term = { words, group };
      add(byWord, words[0] as string, term);
      if (words.length === 1 && t.length > SHORT_TERM) add(byStem, stem(t), term);
    }
  });
  for (const list of [...byWord.values(), ...byStem.values()]) list.sort((a, b) => b.words.length - a.words.length);
  return { byWord, byStem };
}

/**
 * The group terms that start at word `i`, longest first: multi-word terms as whole phrases of the reader's words
 * (not stemmed word by word, which made "perguruan tinggi" also match "guru tinggi"); single words as written
 * or, when longer than an abbreviation, by stem ("kemitraannya" meets "kemitraan"). `joined[i]` marks a word
 * written joined to a neighbour, which a short abbreviation does not match.
 */
export function termsAt(
  lookup: TermLookup,
  words: readonly string[],
  stems: readonly string[],
  joined: readonly boolean[],
  i: number,
): GroupTerm[] {
  const word = words[i] as string;
  const out: GroupTerm[] = [];
  for (const t of lookup.byWord.get(word) ?? []) {
    if (t.words.length > words.length - i) continue;
    if (t.words.length === 1 ? !(word.length <= SHORT_TERM && joined[i]) : t.words.every((w, k) => words[i + k] === w))
      out.push(t);
  }
  if (word.length > SHORT_TERM) for (const t of lookup.byStem.get(stems[i] as string) ?? []) out.push(t);
  return out;
}

/** The longest group term at word `i` (see termsAt). */
export function termAt(
  lookup: TermLookup,
  words: readonly string[],
  stems: readonly string[],
  joined: readonly boolean[],
  i: number,
): GroupTerm | undefined {
  return termsAt(lookup, words, stems, joined, i)[0];
}
