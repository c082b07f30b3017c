import { stemWord } from "./affixes";

export type Stem = (word: string) => string;

/**
 * The browser-side stemmer: the same affix rules as the build, but a reading only counts when it is in the
 * corpus's own root list (shipped in the index), so "bermitra", "kemitraannya" and "mitra" all meet at "mitra"
 * without shipping a dictionary.
 */
export function createQueryStemmer(roots: Iterable<string>): Stem {
  const known = new Set(roots);
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stemWord(word, (w) => known.has(w));
      cache.set(word, s);
    }
    return s;
  };
}
