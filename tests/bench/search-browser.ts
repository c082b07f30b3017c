// Bundled for the page in bench/search.ts: parse the index and time queries inside Chromium.
import { createSiteEngine } from "../../src/lib/search/engine";
import { parsePayload, type IndexPayload } from "../../src/lib/search/payload";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

(globalThis as unknown as { benchSearch: unknown }).benchSearch = (texts: string[], queries: string[]) => {
  const t0 = performance.now();
  const engine = createSiteEngine(texts.map((t) => parsePayload(JSON.parse(t)) as IndexPayload));
  const parse = performance.now() - t0;
  const t1 = performance.now();
  engine.search(queries[0] ?? "kemitraan");
  const first = performance.now() - t1;
  const times = queries.map((q) => {
    const t = performance.now();
    engine.search(q);
    return performance.now() - t;
  });
  return { parse, first, p50: pct(times, 50), p95: pct(times, 95) };
};
