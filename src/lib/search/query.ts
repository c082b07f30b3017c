import { contentWords } from "./normalize";
import type { Stem } from "./query-stemmer";
import type { SynonymGroups } from "./synonyms";

/** One idea in the reader's query: a word, or a phrase from the synonym map, with every way to say it. */
export interface QueryConcept {
  /** The reader's own words for it, normalised. */
  typed: string;
  /** Phrases to look for (the typed form, its stem, and synonyms with their stems), without duplicates. */
  alternatives: string[];
}

/** Shortest word searched on its own. */
export const MIN_TERM = 3;

/** At most this many concepts are searched; longer queries are rare and each concept costs a scan. */
export const MAX_CONCEPTS = 6;

interface Phrase {
  words: string[];
  stems: string[];
  group: number;
}

const stemPhrase = (words: readonly string[], stem: Stem) => words.map(stem);

function phrasesOf(groups: SynonymGroups, stem: Stem): Phrase[] {
  const list: Phrase[] = [];
  groups.forEach((terms, group) => {
    for (const t of terms) {
      const words = t.split(" ");
      list.push({ words, stems: stemPhrase(words, stem), group });
    }
  });
  // Longest first, so "kerja sama daerah" wins over "kerja sama".
  return list.sort((a, b) => b.words.length - a.words.length);
}

const cacheKey = new WeakMap<SynonymGroups, Map<Stem, Phrase[]>>();

function cachedPhrases(groups: SynonymGroups, stem: Stem): Phrase[] {
  let byStem = cacheKey.get(groups);
  if (!byStem) cacheKey.set(groups, (byStem = new Map()));
  let phrases = byStem.get(stem);
  if (!phrases) byStem.set(stem, (phrases = phrasesOf(groups, stem)));
  return phrases;
}

function variants(phrase: string, stem: Stem): string[] {
  const words = phrase.split(" ");
  return [phrase, stemPhrase(words, stem).join(" ")];
}

/**
 * Splits a query into concepts. Synonym phrases are found greedily (longest first) by their words or by their
 * stems, so "kemitraannya" meets the group of "kemitraan" and "ppp" meets KPBU.
 */
export function analyseQuery(query: string, stem: Stem, groups: SynonymGroups): QueryConcept[] {
  const words = contentWords(query);
  const stems = words.map(stem);
  const phrases = cachedPhrases(groups, stem);
  const concepts: QueryConcept[] = [];
  let i = 0;
  while (i < words.length && concepts.length < MAX_CONCEPTS) {
    const hit = phrases.find(
      (p) =>
        p.words.length <= words.length - i &&
        p.words.every((w, k) => words[i + k] === w || stems[i + k] === p.stems[k]),
    );
    if (hit) {
      const typed = words.slice(i, i + hit.words.length).join(" ");
      const alts = [typed, ...(groups[hit.group] ?? [])].flatMap((t) => variants(t, stem));
      concepts.push({ typed, alternatives: [...new Set(alts)] });
      i += hit.words.length;
    } else {
      const w = words[i] as string;
      // One- and two-letter words that are not known abbreviations would match inside almost every word.
      if (w.length >= MIN_TERM) concepts.push({ typed: w, alternatives: [...new Set([w, stems[i] as string])] });
      i += 1;
    }
  }
  return concepts;
}

/** Single words worth marking in a snippet: every word of every alternative (3+ letters). */
export function highlightTerms(concepts: readonly QueryConcept[]): string[] {
  const set = new Set<string>();
  for (const c of concepts) for (const a of c.alternatives) for (const w of a.split(" ")) if (w.length >= 3) set.add(w);
  return [...set];
}

/**
 * The exact pass for one concept, in fuse's extended-search syntax: any alternative as a substring ('word),
 * a phrase as a whole ('"two words") or with all its words in one field ('two 'words). Substring matching lets a
 * stem meet its affixed forms in titles and summaries ("kelola" in "pengelolaan"). Words are normalised, so
 * they hold no operator characters.
 */
export function exactPattern(concept: QueryConcept): string {
  const items = new Set<string>();
  for (const alt of concept.alternatives) {
    if (alt.length < MIN_TERM) continue;
    const ws = alt.split(" ").filter((w) => w.length >= MIN_TERM);
    if (ws.length === 0) continue;
    if (ws.length === 1 && !alt.includes(" ")) items.add(`'${alt}`);
    else {
      items.add(`'"${alt}"`);
      items.add(ws.map((w) => `'${w}`).join(" "));
    }
  }
  return [...items].join(" | ");
}

/** The typo-tolerant pass, used only when the exact pass finds nothing: the reader's own words, fuzzily. */
export function fuzzyPattern(concept: QueryConcept): string {
  return concept.typed
    .split(" ")
    .filter((w) => w.length >= MIN_TERM)
    .join(" ");
}
