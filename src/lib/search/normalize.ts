import { stopWords } from "./stopwords";

/**
 * Lower case, diacritics folded, everything that is not a letter or digit turned into a single space.
 * Hyphens and slashes split words ("SP4N-LAPOR!" → "sp4n lapor", "K/L" → "k l") so that a reader's spelling
 * with or without the hyphen meets the same tokens.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a text after normalisation, stop words included (phrase matching needs their positions). */
export function words(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(" ") : [];
}

export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** Words that carry meaning: normalised, stop words and one-letter tokens dropped, order kept. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !stopWords.has(w));
}

/** A word of a text with whether it was written joined to a neighbour ("UKP-PPP", "kabupaten/kota"). */
export interface Token {
  word: string;
  joined: boolean;
}

/**
 * Content words with their joining: a short abbreviation must match a whole word, so "ppp" counts in
 * "skema PPP" but not inside "UKP-PPP" (see synonyms.ts).
 */
export function contentTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const chunk of text.split(/\s+/)) {
    const parts = words(chunk);
    for (const word of parts) if (word.length > 1 && !stopWords.has(word)) out.push({ word, joined: parts.length > 1 });
  }
  return out;
}
