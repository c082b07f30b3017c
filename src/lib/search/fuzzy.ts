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
//   a lookup looks at a few hundred words, not thousands), and of those only the ones whose letters could pass
//   (see `closest`) meet bitap: a handful for a typo, a few dozen for a suggestion;
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

/** The letters of a word as bits (char code mod 32; a shared bit only makes the bound in `closest` looser). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function popcount(n: number): number {
  let count = 0;
  for (let m = n; m; m &= m - 1) count++;
  return count;
}

export const createFuzzyWords: FuzzyFactory = (spellings) => {
  // A spelling sits in the group of its length and first letter and in that of its length and second letter, so a
  // word reaches it through either letter: a slip in the first letter, a swap of the first two, or a first letter
  // dropped or added all keep one of them in place.
  const groups = new Map<string, string[]>();
  const masks = new Map<string, number>();
  for (const s of spellings) {
    masks.set(s, letterMask(s));
    for (const letter of new Set([s[0], s[1] ?? ""])) {
      const key = `${s.length} ${letter}`;
      const list = groups.get(key);
      if (list) list.push(s);
      else groups.set(key, [s]);
    }
  }
  const closest = (word: string, threshold: number): string[] => {
    const allowance = lengthAllowance(word.length, threshold);
    if (allowance === 0) return [];
    // Every letter of the word that a spelling lacks costs fuse an edit when it reads the word against the spelling,
    // and the other way round; a spelling that lacks more than the allowance cannot pass both readings, so bitap
    // runs only on those that can (on the benchmark's misspelt words: 2 % of the spellings looked at for a typo,
    // 13 % for a suggestion). Same results as without it on 12,000 misspelt words, in a quarter of the time.
    const mask = letterMask(word);
    const candidates = new Set<string>();
    for (let length = word.length - allowance; length <= word.length + allowance; length++)
      for (const letter of new Set([word[0], word[1] ?? ""]))
        for (const s of groups.get(`${length} ${letter}`) ?? []) {
          const m = masks.get(s) as number;
          if (popcount(mask & ~m) <= allowance && popcount(m & ~mask) <= lengthAllowance(s.length, threshold))
            candidates.add(s);
        }
    if (candidates.size === 0) return [];
    const scores = new Map<string, number>();
    for (const r of new Fuse([...candidates], { ...FUSE, threshold }).search(word)) {
      // Bitap forgives letters after the match ("pemetan" meets "pemenang" with one edit, "g" free): the spelling
      // read against the word must fit as well, and the worse direction counts.
      const back = Fuse.match(r.item, word, { ...FUSE, threshold });
      const score = Math.max(r.score ?? 1, back.score ?? 1);
      if (back.isMatch && score <= threshold) scores.set(r.item, score);
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
