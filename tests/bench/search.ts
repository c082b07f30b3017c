// `npm run bench:search`: index size, parse time and query latency for the real corpus and synthetic corpora
// of 1,000 and 5,000 records, in Node and (when a Chromium is installed) in Chromium with CPU throttling ×4.
// Prints a Markdown table; docs/benchmarks.md keeps a copy of the last run.
import { gzipSync } from "node:zlib";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadSiteContent } from "../unit/search/support/content";
import { relevanceTable } from "../unit/search/relevance.table";
import { siteIndex } from "../../src/lib/search/build/site";
import { createSiteEngine } from "../../src/lib/search/engine";
import { parsePayload, type IndexPayload } from "../../src/lib/search/payload";
import { shardIds } from "../../src/lib/search/shards";
import { syntheticPayload } from "./search-corpus";
import { chromiumArgs, chromiumPath } from "../support/chromium";

const root = process.cwd();
const content = loadSiteContent(join(root, "content"));

/** Keystroke-by-keystroke prefixes of the relevance queries: what typing in the box produces. */
export const benchQueries = relevanceTable.flatMap((r) => {
  const q = r.query;
  const out: string[] = [];
  for (let i = 3; i <= q.length; i += 1) out.push(q.slice(0, i));
  return out;
});

const corpora: { name: string; payloads: IndexPayload[] }[] = [
  { name: "situs (nyata)", payloads: Object.values(siteIndex(content)) },
  { name: "sintetis 1.000", payloads: [syntheticPayload(content, 1000)] },
  { name: "sintetis 5.000", payloads: [syntheticPayload(content, 5000)] },
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1).replace(".", ",");
const kb = (n: number) => (n / 1024).toFixed(1).replace(".", ",");

interface Row {
  name: string;
  records: number;
  raw: number;
  gzip: number;
  node: { parse: number; first: number; p50: number; p95: number };
  chromium?: { parse: number; first: number; p50: number; p95: number };
}

function measureNode(texts: string[]) {
  const t0 = performance.now();
  const engine = createSiteEngine(texts.map((t) => parsePayload(JSON.parse(t)) as IndexPayload));
  const parse = performance.now() - t0;
  const t1 = performance.now();
  engine.search(benchQueries[0] ?? "kemitraan");
  const first = performance.now() - t1;
  for (const q of benchQueries.slice(0, 40)) engine.search(q); // warm-up
  const times = benchQueries.map((q) => {
    const t = performance.now();
    engine.search(q);
    return performance.now() - t;
  });
  return { parse, first, p50: pct(times, 50), p95: pct(times, 95) };
}

async function measureChromium(texts: string[][]): Promise<(Row["chromium"] | undefined)[]> {
  const chrome = chromiumPath();
  const bundle = join(root, "node_modules/.cache/bench-search-browser.js");
  if (!chrome || !existsSync(bundle)) return texts.map(() => undefined);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: chrome,
    args: chromiumArgs,
  });
  const out: (Row["chromium"] | undefined)[] = [];
  try {
    for (const t of texts) {
      const page = await browser.newPage();
      await page.addScriptTag({ content: readFileSync(bundle, "utf8") });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      out.push(
        await page.evaluate(
          ([payloads, queries]) =>
            (globalThis as unknown as { benchSearch: (p: string[], q: string[]) => Row["chromium"] }).benchSearch(
              payloads,
              queries,
            ),
          [t, benchQueries] as const,
        ),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const texts = corpora.map((c) => c.payloads.map((p) => JSON.stringify(p)));
const rows: Row[] = corpora.map((c, i) => {
  const t = texts[i] as string[];
  return {
    name: c.name,
    records: c.payloads.reduce((a, p) => a + p.docs.length, 0),
    raw: t.reduce((a, s) => a + Buffer.byteLength(s), 0),
    gzip: t.reduce((a, s) => a + gzipSync(s).length, 0),
    node: measureNode(t),
  };
});
const browserRows = await measureChromium(texts);
browserRows.forEach((b, i) => {
  if (b && rows[i]) rows[i].chromium = b;
});

const lines = [
  `Pengukuran ${new Date().toLocaleDateString("id-ID", { dateStyle: "long" })}, ${benchQueries.length} kueri (awalan ketikan dari tabel relevansi), Node ${process.version}; Chromium dengan CPU throttling ×4.`,
  "",
  "| korpus | rekaman | indeks mentah (KB) | indeks gzip (KB) | parse Node (ms) | kueri pertama Node (ms) | p50 Node (ms) | p95 Node (ms) | parse Chromium ×4 (ms) | kueri pertama Chromium ×4 (ms) | p50 Chromium ×4 (ms) | p95 Chromium ×4 (ms) |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map((r) =>
    [
      r.name,
      r.records.toLocaleString("id-ID"),
      kb(r.raw),
      kb(r.gzip),
      ms(r.node.parse),
      ms(r.node.first),
      ms(r.node.p50),
      ms(r.node.p95),
      r.chromium ? ms(r.chromium.parse) : "–",
      r.chromium ? ms(r.chromium.first) : "–",
      r.chromium ? ms(r.chromium.p50) : "–",
      r.chromium ? ms(r.chromium.p95) : "–",
    ]
      .join(" | ")
      .replace(/^/, "| ")
      .replace(/$/, " |"),
  ),
];
console.log(lines.join("\n"));
void shardIds;
