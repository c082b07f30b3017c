#!/usr/bin/env node
// Lighthouse (mobile preset, Debian's Chromium) over representative pages served by real nginx with
// deploy/nginx.conf. Accessibility, best practices and SEO must be 100 (--gate); performance is reported only.
//   node tests/hosting/lighthouse.mjs --gate            one run per page (npm test)
//   node tests/hosting/lighthouse.mjs --runs 3 --gate   medians of three runs (npm run audit)
// Reports (HTML and JSON per run, summary.md) go to reports/lighthouse/ (gitignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { nginxBinary, startNginx } from "./nginx.mjs";
import { samplePages } from "./site-pages.mjs";
import { chromiumArgs, chromiumPath } from "../support/chromium.ts";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg("runs", "1"));
const gate = process.argv.includes("--gate");
const root = arg("root", process.env.HOSTING_DIST ?? "dist-base");
const outDir = arg("out", "reports/lighthouse");
const gated = ["accessibility", "best-practices", "seo"];
const categories = ["performance", ...gated];
const chromeFlags = ["--headless=new", ...chromiumArgs];

if (!nginxBinary()) {
  const message = "lighthouse: nginx tidak terpasang (apt-get install nginx); audit dilewati.";
  if (process.env.CI) throw new Error(message);
  console.log(message);
  process.exit(0);
}

const sample = samplePages(root);
const targets = [
  ["beranda", sample.home],
  ["panduan", sample.guide],
  ["studi-kasus", sample.case],
  ["penjelajah", sample.explorer],
  ["cari", sample.search],
  [
    "kuesioner",
    sample.questionnaires.find((q) => q.includes("kesiapan")) ?? sample.questionnaires[0] ?? sample.assessment,
  ],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

mkdirSync(outDir, { recursive: true });
const server = await startNginx({ root });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags,
});
/** Lab metrics reported beside the scores (ms, except CLS). */
const metrics = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
];
/** @type {{ name: string; path: string; scores: Record<string, number[]>; metrics: Record<string, number[]>; failing: string[] }[]} */
const rows = [];
/** Lighthouse's CPU benchmark per run: scores on a slow or busy machine are not comparable with a fast one. */
const benchmarks = [];
try {
  for (const [name, path] of targets) {
    const row = {
      name,
      path,
      scores: Object.fromEntries(categories.map((c) => [c, []])),
      metrics: Object.fromEntries(metrics.map((m) => [m, []])),
      failing: [],
    };
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(server.url + path, {
        port: chrome.port,
        output: ["html", "json"],
        logLevel: "error",
        onlyCategories: categories,
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
      const [html, json] = /** @type {string[]} */ (result.report);
      writeFileSync(join(outDir, `${name}-${run}.html`), html);
      writeFileSync(join(outDir, `${name}-${run}.json`), json);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      benchmarks.push(Math.round(lhr.environment.benchmarkIndex));
      for (const c of categories) row.scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
      for (const m of metrics) row.metrics[m].push(lhr.audits[m]?.numericValue ?? NaN);
      // Name the audits that cost points in the gated categories, so a failure says what to fix.
      for (const c of gated)
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            row.failing.push(`${c}: ${audit.id} — ${audit.title}`);
        }
    }
    row.failing = [...new Set(row.failing)];
    rows.push(row);
    console.log(
      `${name.padEnd(12)} ${categories.map((c) => `${c} ${median(row.scores[c])}`).join("  ")}${runs > 1 ? `  (runs: ${row.scores.performance.join("/")})` : ""}`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
}

const ms = (values) => `${Math.round(median(values)).toLocaleString("id-ID")} ms`;
const cls = (values) => median(values).toLocaleString("id-ID", { maximumFractionDigits: 3 });
const table = [
  // A local calendar date: toISOString would give yesterday before 07:00 WIB.
  `Lighthouse ${runs > 1 ? `(median dari ${runs} kali)` : "(1 kali)"}, preset seluler, nginx dengan deploy/nginx.conf, ${new Date().toLocaleDateString("id-ID", { dateStyle: "long" })}`,
  `Indeks benchmark CPU Lighthouse (median): ${median(benchmarks)} (mesin pengembang biasa: 1000–2000).`,
  "",
  "| halaman | path | performance | accessibility | best-practices | seo | FCP | LCP | TBT | CLS |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.name} | /${r.path} | ${categories.map((c) => median(r.scores[c])).join(" | ")} | ${ms(r.metrics["first-contentful-paint"])} | ${ms(r.metrics["largest-contentful-paint"])} | ${ms(r.metrics["total-blocking-time"])} | ${cls(r.metrics["cumulative-layout-shift"])} |`,
  ),
  "",
].join("\n");
writeFileSync(join(outDir, "summary.md"), table);
console.log(`\n${table}\nLaporan: ${outDir}/`);

const failures = rows.filter((r) => gated.some((c) => median(r.scores[c]) < 100));
if (gate && failures.length > 0) {
  console.error("Lighthouse: skor di bawah 100 pada kategori yang digerbang:");
  for (const r of failures) console.error(`  ${r.name} (/${r.path}):\n    ${r.failing.join("\n    ")}`);
  process.exit(1);
}
