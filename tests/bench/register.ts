// Benchmark of the register's list logic and file formats (not a test: it asserts nothing, it reports).
// Run:
//   mkdir -p node_modules/.cache
//   npx esbuild tests/bench/register-browser.ts --bundle --format=iife --outfile=node_modules/.cache/bench-register-browser.js --log-level=warning
//   npx esbuild tests/bench/register.ts --bundle --platform=node --format=esm --packages=external --outfile=node_modules/.cache/bench-register.mjs --log-level=warning
//   node node_modules/.cache/bench-register.mjs
// Node figures are not the browser budget (1,000 rows filtered within one 16 ms frame on a 4× throttled CPU);
// the Chromium columns, when a Chromium is installed, are the closer proxy. The page itself adds rendering.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { registerText } from "../../src/i18n/register";
import { registerCsv } from "../../src/lib/register/csv-export";
import { confirmImport, previewCsvImport } from "../../src/lib/register/csv-import";
import { registerCalendar } from "../../src/lib/register/ics";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { BENCH_TODAY, syntheticRegister } from "./register-corpus";
import { timeOps, type OpTiming } from "./register-ops";

const text = registerText;
const sizes = [1000, 10_000];
const RUNS = 200;
const ms = (n: number | undefined) => (n === undefined ? "–" : n.toFixed(n < 10 ? 3 : 1).replace(".", ","));

async function chromiumTimings(): Promise<Map<number, OpTiming[]> | undefined> {
  const chrome = chromiumPath();
  const bundle = join(process.cwd(), "node_modules/.cache/bench-register-browser.js");
  if (!chrome || !existsSync(bundle)) return undefined;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chrome, args: chromiumArgs });
  const out = new Map<number, OpTiming[]>();
  try {
    for (const n of sizes) {
      const page = await browser.newPage();
      await page.addScriptTag({ content: readFileSync(bundle, "utf8") });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      out.set(
        n,
        await page.evaluate(
          ([size, today, runs]) =>
            (globalThis as unknown as { benchRegister: (n: number, d: string, r: number) => OpTiming[] }).benchRegister(
              size,
              today,
              runs,
            ),
          [n, BENCH_TODAY, n > 5000 ? 50 : RUNS] as const,
        ),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

function once(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const browser = await chromiumTimings();
const lines = [
  `Pengukuran ${new Date().toLocaleDateString("id-ID", { dateStyle: "long" })}, Node ${process.version}; median (p50) dan p95 dari ${RUNS} putaran (Chromium ×4: 50 putaran untuk 10.000). Satuan: ms.`,
  "",
  "| entri | operasi | p50 Node | p95 Node | p50 Chromium ×4 | p95 Chromium ×4 |",
  "|---:|---|---:|---:|---:|---:|",
];
for (const n of sizes) {
  const entries = syntheticRegister(n);
  const node = timeOps(entries, BENCH_TODAY, n > 5000 ? 50 : RUNS);
  node.forEach((row, i) => {
    const b = browser?.get(n)?.[i];
    lines.push(
      `| ${n.toLocaleString("id-ID")} | ${row.op} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(b?.p50)} | ${ms(b?.p95)} |`,
    );
  });
}
const big = syntheticRegister(10_000);
const csv = registerCsv(big, text);
const bytes = new TextEncoder().encode(csv);
let preview: ReturnType<typeof previewCsvImport> | undefined;
const files = [
  ["ekspor CSV 10.000 entri", once(() => registerCsv(big, text))],
  ["ekspor .ics 10.000 entri", once(() => registerCalendar(big, { now: new Date(), text }))],
  [
    `pratinjau impor CSV 10.000 baris (${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} MB)`,
    once(() => (preview = previewCsvImport(bytes, { today: BENCH_TODAY }))),
  ],
  [
    "konfirmasi impor 10.000 baris",
    once(() =>
      confirmImport(
        preview!,
        preview!.rows.map((r) => r.row),
      ),
    ),
  ],
] as const;
lines.push(
  "",
  "| berkas (sekali jalan, Node) | ms |",
  "|---|---:|",
  ...files.map(([name, v]) => `| ${name} | ${ms(v)} |`),
);
console.log(lines.join("\n"));
