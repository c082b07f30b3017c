// Typo tolerance and the "Mungkin maksud Anda …" suggestions, by fuse.js over the spellings of the index. The
// engine asks for this module only for a query word that no spelling equals or starts with and that is long enough
// for an allowance (fuzzy-limits.ts), or for suggestions when nothing was found (engine.ts); the common, exact path
// neither ships nor runs fuse.
//
// Fuse's bitap score is (edits / length of the pattern) + (letters between the expected and the actual start of
// the match) / `distance`. Run over a long word list with its defaults (distance 100) it matched inside longer
// words: "mitran" found the end of "siapmitra" and the middle of "kemitraan" at 0,19–0,21. Three guards:
// - location 0 with distance 5: a match must begin at a spelling's first letter or one after it (a dropped first
//   letter), and bitap scans only the first letters of each spelling instead of all of it;
// - only spellings within the length allowance are compared (grouped by length, and by first and second letter so
//   a lookup scans a few hundred words, not thousands);
// - bitap forgives letters after the match ("mitran" scores 0 against "mitranya", "pemetan" one edit against
//   "pemenang"), so the spelling is also read against the word, and the worse score of the two directions counts.
import Fuse, { type IFuseOptions } from "fuse.js/basic";
import { lengthAllowance, SUGGESTION_THRESHOLD, TYPO_THRESHOLD } from "./fuzzy-limits";

export { lengthAllowance, SUGGESTION_THRESHOLD, TYPO_THRESHOLD };

/** Options shared by both uses: case and field length play no part (spellings are normalised single words). */
const FUSE: IFuseOptions<string> = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreFieldNorm: true,
  ignoreLocation: false,
  location: 0,
  distance: 5,
};

export interface FuzzyWords {
  /** The spellings closest to a word the index lacks, within the typo threshold (all those sharing the best score). */
  typos(word: string): string[];
  /** The same with the wider threshold of suggestions. */
  suggestions(word: string): string[];
}

/** Builds FuzzyWords over the index's spellings; passed to createEngine (see FuzzyLoader there). */
export type FuzzyFactory = (spellings: readonly string[]) => FuzzyWords;

/** Scores within this of the best count as equal (they are sums of small fractions). */
const TIE = 1e-9;

export const createFuzzyWords: FuzzyFactory = (spellings) => {
  // A spelling sits in the group of its length and first letter and in that of its length and second letter, so a
  // word reaches it through either letter: a slip in the first letter, a swap of the first two, or a first letter
  // dropped or added all keep one of them in place.
  const groups = new Map<string, string[]>();
  for (const s of spellings)
    for (const letter of new Set([s[0], s[1] ?? ""])) {
      const key = `${s.length} ${letter}`;
      const list = groups.get(key);
      if (list) list.push(s);
      else groups.set(key, [s]);
    }
  const fuses = new Map<string, Fuse<string>>();
  const fuseFor = (key: string, threshold: number) => {
    const id = `${threshold} ${key}`;
    let fuse = fuses.get(id);
    if (!fuse) fuses.set(id, (fuse = new Fuse(groups.get(key) ?? [], { ...FUSE, threshold })));
    return fuse;
  };
  const closest = (word: string, threshold: number): string[] => {
    const allowance = lengthAllowance(word.length, threshold);
    if (allowance === 0) return [];
    const scores = new Map<string, number>();
    for (let length = word.length - allowance; length <= word.length + allowance; length++)
      for (const letter of new Set([word[0], word[1] ?? ""])) {
        const key = `${length} ${letter}`;
        if (!groups.has(key)) continue;
        for (const r of fuseFor(key, threshold).search(word)) {
          // Bitap forgives letters after the match ("pemetan" meets "pemenang" with one edit, "g" free): the spelling
          // read against the word must fit as well, and the worse direction counts.
          const back = Fuse.match(r.item, word, { ...FUSE, threshold });
          const score = Math.max(r.score ?? 1, back.score ?? 1);
          if (back.isMatch && score <= threshold) scores.set(r.item, score);
        }
      }
    const best = Math.min(...scores.values());
    return [...scores]
      .filter(([, s]) => s <= best + TIE)
      .map(([w]) => w)
      .sort();
  };
  return {
    typos: (word) => closest(word, TYPO_THRESHOLD),
    suggestions: (word) => closest(word, SUGGESTION_THRESHOLD),
  };
};
