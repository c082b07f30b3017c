import { contentTokens } from "./normalize";
import { dropQuestionWords } from "./question-words";
import type { Stem } from "./query-stemmer";
import { termAt, type TermLookup } from "./synonyms";

/** One idea in the reader's query: a synonym group (found by any of its terms) or a single word. */
export type QueryConcept =
  | { kind: "group"; typed: string; group: number }
  | {
      kind: "word";
      typed: string;
      stem: string;
      /** The last word of a query still being typed (no space after it): it may be the start of a longer word. */
      open: boolean;
    };

/** Shortest word searched on its own (shorter ones only as known abbreviations, e.g. "rs", "sk"). */
export const MIN_TERM = 3;

/** At most this many concepts are searched; longer queries are rare and each concept costs a pass. */
export const MAX_CONCEPTS = 6;

/**
 * Splits a query into concepts: question words and fillers dropped ("cara", "arti", "contoh" …), synonym terms
 * found longest first as whole phrases, every other word kept with its stem.
 */
export function analyseQuery(query: string, stem: Stem, lookup: TermLookup): QueryConcept[] {
  const tokens = contentTokens(query);
  const kept = new Set(dropQuestionWords(tokens.map((t) => t.word)));
  const used = tokens.filter((t) => kept.has(t.word));
  const words = used.map((t) => t.word);
  const stems = words.map(stem);
  const joined = used.map((t) => t.joined);
  const open = !/\s$/.test(query);
  const concepts: QueryConcept[] = [];
  let i = 0;
  while (i < words.length && concepts.length < MAX_CONCEPTS) {
    const term = termAt(lookup, words, stems, joined, i);
    const n = term?.words.length ?? 1;
    const typed = words.slice(i, i + n).join(" ");
    if (term) concepts.push({ kind: "group", typed, group: term.group });
    else if (typed.length >= MIN_TERM || /^\d+$/.test(typed))
      concepts.push({ kind: "word", typed, stem: stems[i] as string, open: open && i === words.length - 1 });
    i += n;
  }
  return concepts;
}
