// `npm run bench:search`: bytes to first results on the built site (dist/, when built), and per keystroke
// p50/p95 for the real index and synthetic corpora of 1,000 and 5,000 units, in Node and in Chromium with CPU
// throttling ×4. `--runs N` (default 3) repeats the timing and reports the median of each figure, since the
// machine is shared. Prints Markdown; docs/benchmarks.md keeps a copy of the last run.
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { loadSiteContent } from "../unit/search/support/content";
import { relevanceTable } from "../unit/search/relevance.table";
import { siteFiles } from "../../src/lib/search/build/site";
import { syntheticFiles } from "./search-corpus";
import { measureKeystrokes, type KeystrokeTimes } from "./search-keystrokes";
import { measureBytesToFirstResults } from "./search-bytes";
import { chromiumArgs, chromiumPath } from "../support/chromium";

const root = process.cwd();
const content = loadSiteContent(join(root, "content"));
const runsArg = process.argv.indexOf("--runs");
const runs = Math.max(1, Number(runsArg > 0 ? process.argv[runsArg + 1] : 3) || 3);

// `--queries file.json` (an array of strings) times another query set, e.g. an earlier relevance table's.
const queriesArg = process.argv.indexOf("--queries");
const queries: string[] =
  queriesArg > 0
    ? (JSON.parse(readFileSync(process.argv[queriesArg + 1] as string, "utf8")) as string[])
    : relevanceTable.map((r) => r.query);

/** Keystroke-by-keystroke prefixes of the queries: what typing in the box produces. */
export const benchQueries = queries.flatMap((q) => {
  const out: string[] = [];
  for (let i = 3; i <= q.length; i += 1) out.push(q.slice(0, i));
  return out;
});

const real = siteFiles(content).semua;
const corpora = [
  { name: "situs (nyata)", files: real },
  { name: "sintetis 1.000", files: syntheticFiles(content, 1000) },
  { name: "sintetis 5.000", files: syntheticFiles(content, 5000) },
].map((c) => ({
  ...c,
  units: c.files.index.units.length,
  index: JSON.stringify(c.files.index),
  text: JSON.stringify(c.files.text),
}));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const medianTimes = (all: KeystrokeTimes[]): KeystrokeTimes => ({
  parse: median(all.map((t) => t.parse)),
  first: median(all.map((t) => t.first)),
  p50: median(all.map((t) => t.p50)),
  p95: median(all.map((t) => t.p95)),
  max: median(all.map((t) => t.max)),
});
const ms = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(n < 10 ? 2 : 1).replace(".", ","));
const kb = (n: number) => (n / 1024).toFixed(1).replace(".", ",");
const gz = (s: string) => gzipSync(s, { level: 6 }).length;

async function chromiumTimes(chrome: string, bundle: string): Promise<KeystrokeTimes[]> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chrome, args: chromiumArgs });
  const out: KeystrokeTimes[] = [];
  try {
    for (const c of corpora) {
      const page = await browser.newPage();
      await page.addScriptTag({ content: readFileSync(bundle, "utf8") });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      out.push(
        await page.evaluate(
          ([index, text, queries]) =>
            (
              globalThis as unknown as { benchSearch: (i: string, t: string, q: string[]) => KeystrokeTimes }
            ).benchSearch(index, text, queries),
          [c.index, c.text, benchQueries] as const,
        ),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const chrome = chromiumPath();
const bundle = join(root, "node_modules/.cache/bench-search-browser.js");
const load: number[] = [];
const nodeRuns: KeystrokeTimes[][] = corpora.map(() => []);
const chromeRuns: KeystrokeTimes[][] = corpora.map(() => []);
for (let run = 0; run < runs; run++) {
  load.push(loadavg()[0] ?? NaN);
  corpora.forEach((c, i) => {
    measureKeystrokes(c.index, c.text, benchQueries.slice(0, 40)); // warm-up
    nodeRuns[i]?.push(measureKeystrokes(c.index, c.text, benchQueries));
  });
  if (chrome && existsSync(bundle)) (await chromiumTimes(chrome, bundle)).forEach((t, i) => chromeRuns[i]?.push(t));
}

const dist = join(root, process.env["DIST_DIR"] ?? "dist");
const bytesRuns =
  chrome && existsSync(join(dist, "search-index")) ? await measureBytesToFirstResults(chrome, dist) : undefined;

const lines = [
  `Pengukuran ${new Date().toLocaleDateString("id-ID", { dateStyle: "long" })}, Node ${process.version}; median dari ${runs} putaran (load average 1 menit saat putaran: ${load.map((l) => l.toFixed(1).replace(".", ",")).join(" / ")}). Kueri: ${benchQueries.length} ketikan (setiap awalan ≥ 3 huruf dari ${queries.length} kueri${queriesArg > 0 ? "" : " tabel relevansi"}); satu ketikan = pencarian dengan batas bawaan (100 baris) plus cuplikan ${8} baris pertama.`,
  "",
  "| korpus | satuan | indeks gzip (KB) | kalimat gzip (KB) | parse Node (ms) | p50 Node (ms) | p95 Node (ms) | parse Chromium ×4 (ms) | ketikan pertama Chromium ×4 (ms) | p50 Chromium ×4 (ms) | p95 Chromium ×4 (ms) |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...corpora.map((c, i) => {
    const n = medianTimes(nodeRuns[i] ?? []);
    const b = chromeRuns[i]?.length ? medianTimes(chromeRuns[i] ?? []) : undefined;
    return `| ${[
      c.name,
      c.units.toLocaleString("id-ID"),
      kb(gz(c.index)),
      kb(gz(c.text)),
      ms(n.parse),
      ms(n.p50),
      ms(n.p95),
      ms(b?.parse ?? NaN),
      ms(b?.first ?? NaN),
      ms(b?.p50 ?? NaN),
      ms(b?.p95 ?? NaN),
    ].join(" | ")} |`;
  }),
];
if (bytesRuns) {
  lines.push(
    "",
    "Byte sampai hasil pertama (gzip level 6 seperti deploy/nginx.conf; Chromium dengan jaringan 1,6 Mbit/dtk, RTT 150 ms, CPU ×4):",
    "",
    "| jalur | sampai hasil pertama (KB) | berkas | waktu (ms) | sampai cuplikan pertama (KB) | waktu (ms) |",
    "|---|---:|---:|---:|---:|---:|",
    ...bytesRuns.map(
      (r) =>
        `| ${r.path} | ${kb(r.first.bytes)} | ${r.first.files.length} | ${Math.round(r.first.ms)} | ${kb(r.snippet.bytes)} | ${Math.round(r.snippet.ms)} |`,
    ),
  );
} else
  lines.push("", `(Byte sampai hasil pertama: jalankan \`npx astro build\` dulu; ${dist} tidak berisi search-index/.)`);
console.log(lines.join("\n"));
