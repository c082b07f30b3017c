import { normalize } from "./normalize";
import type { Stem } from "./query-stemmer";

/** A piece of a snippet; `mark` pieces are rendered as <mark> by the UI (text only, never HTML). */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into marked and unmarked pieces. A word is marked when its normalised form starts with a query
 * term or has the same stem as one, so "kemitraannya" is marked for the query "mitra".
 */
export function highlight(text: string, terms: readonly string[], stem: Stem): Segment[] {
  const wanted = new Set(terms);
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  const out: Segment[] = [];
  for (const part of parts) {
    if (!part) continue;
    const n = normalize(part);
    const mark =
      n.length > 0 && (wanted.has(n) || wanted.has(stem(n)) || terms.some((t) => t.length >= 4 && n.startsWith(t)));
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += part;
    else out.push({ text: part, mark });
  }
  return out;
}
