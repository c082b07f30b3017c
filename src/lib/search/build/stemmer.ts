// Build-time stemmer (Node only: it loads a 30k-word dictionary that must never reach the browser).
//
// sastrawijs was evaluated first (tests/unit/search/stemmer.test.ts keeps the evidence): it stems most forms, but
// misses forms this site's readers use — "pengelolaan" and "pengelola" stay whole (no penge-/peng-k recoding),
// "mengevaluasi" stays whole (no meng- before a vowel-initial loan word), "pemetaan" becomes "eta" and
// "penerangan" "erang" (it prefers the non-recoded reading). So the build uses our own ECS implementation
// (../affixes.ts) with sastrawijs's dictionary (KBBI-derived root list) as the root test.
import { Stemmer as SastrawiStemmer } from "sastrawijs";
import { stemWord } from "../affixes";

let dictionary: Set<string> | undefined;

/** The root dictionary shipped inside sastrawijs (KBBI-derived), read through its public `print()`. */
export function rootDictionary(): ReadonlySet<string> {
  dictionary ??= new Set(Object.keys(new SastrawiStemmer().print()));
  return dictionary;
}

const cache = new Map<string, string>();

/** Root of a normalised word with the full dictionary. */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    const dict = rootDictionary();
    s = stemWord(word, (w) => dict.has(w));
    cache.set(word, s);
  }
  return s;
}

let sastrawi: SastrawiStemmer | undefined;

/** sastrawijs's own answer, kept for comparison in tests and reports. */
export function sastrawiStem(word: string): string {
  sastrawi ??= new SastrawiStemmer();
  return sastrawi.stem(word);
}
