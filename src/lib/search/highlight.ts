import { normalize } from "./normalize";
import type { Stem } from "./query-stemmer";
import { stopWords } from "./stopwords";
import { termsAt, type TermLookup } from "./synonyms";

/** A piece of a snippet; `mark` pieces are rendered as <mark> by the UI (text only, never HTML). */
export interface Segment {
  text: string;
  mark: boolean;
}

/** What to mark for one query: built once per query by the engine. */
export interface Marker {
  stem: Stem;
  lookup: TermLookup;
  /** Stem of a matched word (exact, prefix or typo reading) → concept index. */
  stems: ReadonlyMap<string, number>;
  /** Synonym group → concept index. */
  groups: ReadonlyMap<number, number>;
  /** The word still being typed: words that start with it are marked too. */
  prefix?: { text: string; concept: number } | undefined;
}

export interface Marked {
  segments: Segment[];
  /** Bit c set when concept c is marked somewhere in the text. */
  concepts: number;
  /** Character offset of the first mark, or -1. */
  first: number;
}

const bare = (sep: string | undefined) => sep !== undefined && sep !== "" && !/\s/.test(sep);

/**
 * Marks the words of `text` that match the query: a synonym phrase as a whole (with the small words inside it),
 * a short abbreviation only as a word of its own, other words by stem or by the prefix being typed.
 */
export function markText(text: string, marker: Marker): Marked {
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  const at: number[] = [];
  const words: string[] = [];
  const joined: boolean[] = [];
  for (let k = 1; k < parts.length; k += 2) {
    const n = normalize(parts[k] as string);
    if (n.length < 2 || stopWords.has(n)) continue;
    at.push(k);
    words.push(n);
    joined.push((k >= 3 && bare(parts[k - 1])) || (k + 2 < parts.length && bare(parts[k + 1])));
  }
  const stems = words.map(marker.stem);
  const conceptAt = new Map<number, number>();
  let concepts = 0;
  const mark = (from: number, to: number, c: number) => {
    for (let k = from; k <= to; k++) conceptAt.set(k, c);
    concepts |= 1 << c;
  };
  for (let i = 0; i < words.length; i++) {
    if (conceptAt.has(at[i] as number)) continue;
    const term = termsAt(marker.lookup, words, stems, joined, i).find((t) => marker.groups.has(t.group));
    if (term) {
      mark(at[i] as number, at[i + term.words.length - 1] as number, marker.groups.get(term.group) as number);
      continue;
    }
    const w = words[i] as string;
    const c =
      marker.stems.get(stems[i] as string) ??
      marker.stems.get(w) ??
      (marker.prefix && w.startsWith(marker.prefix.text) ? marker.prefix.concept : undefined);
    if (c !== undefined) mark(at[i] as number, at[i] as number, c);
  }
  const segments: Segment[] = [];
  let offset = 0;
  let first = -1;
  parts.forEach((part, k) => {
    if (!part) return;
    const m = conceptAt.has(k);
    if (m && first < 0) first = offset;
    offset += part.length;
    const last = segments.at(-1);
    if (last && last.mark === m) last.text += part;
    else segments.push({ text: part, mark: m });
  });
  return { segments, concepts, first };
}
