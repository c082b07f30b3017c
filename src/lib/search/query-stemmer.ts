import { stemWord } from "./affixes";

export type Stem = (word: string) => string;

/**
 * The browser-side stemmer. A spelling the index has seen is looked up (`forms`: surface word → stem, from the
 * build's dictionary stemmer, so both ends agree); any other word goes through the same affix rules as the build,
 * with a reading counting only when it is in the corpus's own root list. So "bermitra", "kemitraannya" and
 * "mitra" all meet at "mitra" without shipping a dictionary.
 */
export function createQueryStemmer(roots: Iterable<string>, forms: ReadonlyMap<string, string> = new Map()): Stem {
  const known = new Set(roots);
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = forms.get(word) ?? stemWord(word, (w) => known.has(w));
      cache.set(word, s);
    }
    return s;
  };
}
