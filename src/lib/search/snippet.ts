import { markText, type Marker, type Segment } from "./highlight";
import { popcount } from "./scorer";

/** Longest snippet shown, in characters. */
export const SNIPPET_MAX = 200;
/** Context kept before the first match when a long sentence must be cut. */
const LEAD = 50;

/** Cuts a long sentence so that its first match is visible: "… context match …". */
function window(sentence: string, first: number, max: number): string {
  if (sentence.length <= max) return sentence;
  let start = 0;
  if (first > max - LEAD) {
    start = sentence.lastIndexOf(" ", Math.max(0, first - LEAD)) + 1;
  }
  let end = start + max - (start > 0 ? 1 : 0);
  if (end < sentence.length) end = Math.max(sentence.lastIndexOf(" ", end), first + 1);
  const body = sentence.slice(start, end).replace(/[\s,;:.–-]+$/, "");
  return `${start > 0 ? "…" : ""}${body}${end < sentence.length ? "…" : ""}`;
}

/**
 * The snippet for a result: the candidate sentence that matches the most concepts of the query (the earliest on
 * a tie; the first sentence when none matches), cut around its first match, with the matched words marked.
 */
export function snippetOf(sentences: readonly string[], marker: Marker, max = SNIPPET_MAX): Segment[] {
  let best: { text: string; count: number; first: number } | undefined;
  for (const s of sentences) {
    const m = markText(s, marker);
    const count = popcount(m.concepts);
    if (!best || count > best.count) best = { text: s, count, first: m.first };
  }
  if (!best) return [];
  const text = window(best.text, Math.max(0, best.first), max);
  return markText(text, marker).segments;
}
