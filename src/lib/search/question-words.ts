/**
 * Words that frame a question rather than name its subject: "cara memilih mitra", "apa arti wanprestasi",
 * "contoh MoU". Readers type search queries as questions; counting these as terms made natural questions end in
 * "Tidak ada hasil" or in pages that only share the word "cara". They are dropped from a query as long as one
 * other word remains (a query of "contoh" alone is still searched as typed).
 *
 * Not here: words that name a subject in this domain even in a question ("langkah", "manfaat", "tantangan",
 * "jenis", "syarat"), and the stop words already dropped everywhere (stopwords.ts: "apa", "bagaimana", "yang" …).
 */
export const questionWords: ReadonlySet<string> = new Set(
  // Question framing
  (
    "cara caranya bagaimanakah gimana gmn bgmn apakah apa2 mengapakah kenapa knp dimana dimanakah kemana " +
    "siapakah kapankah berapakah manakah " +
    // "What does X mean", "an example of X"
    "arti artinya pengertian definisi maksud maksudnya makna contoh contohnya misal misalnya " +
    // Politeness and fillers, and the "right/best" of "mitra yang tepat" (it narrows nothing down)
    "tolong mohon ingin mau perlu bisakah dapatkah saja sih dong kok deh nih tuh gitu tepat terbaik " +
    // Often typed in English
    "how what why when where which who example examples meaning definition"
  ).split(" "),
);

export function isQuestionWord(word: string): boolean {
  return questionWords.has(word);
}

/** The words without question words and fillers; the words as given when nothing else would remain. */
export function dropQuestionWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !questionWords.has(w));
  return kept.length > 0 ? kept : [...words];
}
