// One timing run, the same code in Node and in Chromium: parse the index and its sentences as the browser gets
// them, then run every keystroke of the benchmark queries as the search box does (search with the default limit,
// then the snippets of the rows the header dialog shows).
import { createSiteEngine } from "../../src/lib/search/engine";
import { createFuzzyWords } from "../../src/lib/search/fuzzy";
import { parsePayload, parseTextPayload, type IndexPayload } from "../../src/lib/search/payload";

/** Rows whose snippets a keystroke renders (the header dialog's first screen). */
const SHOWN = 8;

export interface KeystrokeTimes {
  parse: number;
  first: number;
  p50: number;
  p95: number;
  max: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

export function measureKeystrokes(index: string, text: string, queries: string[]): KeystrokeTimes {
  const t0 = performance.now();
  const payload = parsePayload(JSON.parse(index)) as IndexPayload;
  const engine = createSiteEngine([payload], () => createFuzzyWords);
  const sentences = parseTextPayload(JSON.parse(text), payload);
  if (sentences) engine.addText(0, sentences);
  const parse = performance.now() - t0;
  const keystroke = (q: string) => {
    const outcome = engine.search(q);
    for (const hit of outcome.hits.slice(0, SHOWN)) outcome.snippet(hit);
  };
  const t1 = performance.now();
  keystroke(queries[0] ?? "kemitraan");
  const first = performance.now() - t1;
  const times = queries.map((q) => {
    const t = performance.now();
    keystroke(q);
    return performance.now() - t;
  });
  return { parse, first, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) };
}
