// How far the fuzzy matcher (fuzzy.ts) may reach, kept apart from it so the engine can tell whether a word could
// have a typo match or a suggestion at all without loading fuse.js.

/**
 * Edits per letter of the reader's word, tuned on the relevance table (tests/unit/search/relevance.table.ts): 0,2
 * forgives one edit from five letters and two from ten. From 0,25 four-letter words get an edit too, and queries
 * that must find nothing find pages ("jadwal sepak bola"). Bitap counts two neighbours swapped as two edits, so a
 * swap is forgiven from ten letters only ("keberlanjtuan"; "kemirtaan" is not).
 */
export const TYPO_THRESHOLD = 0.2;
/** Suggestions may reach further: one edit in three letters ("evluasu" → "evaluasi"). */
export const SUGGESTION_THRESHOLD = 0.34;

/**
 * How many edits `threshold` allows a word of `length` letters, which is also how many letters longer or shorter
 * than it a spelling may be. 0 means only the word itself would do: the matcher is not worth asking (or loading).
 */
export const lengthAllowance = (length: number, threshold: number): number => Math.floor(threshold * length + 1e-9);
