#!/usr/bin/env node
// `npm run bench:visit`: what a reader's cold first visit costs, page by page, on the production build served by
// real nginx with deploy/nginx.conf (gzip as in production). For each page, in a fresh browser profile:
// - requests and gzip bytes as nginx sent them (its access log), split into the page's own requests and the
//   service worker's downloads (a request whose Referer is sw.js), counted after the worker has installed,
//   activated and gone quiet;
// - long tasks (PerformanceObserver "longtask") on the page's main thread at 4× CPU throttling (Chromium DevTools
//   Emulation.setCPUThrottlingRate), from navigation until the worker has gone quiet, median of --runs runs.
// Not part of npm test; figures go into docs/benchmarks.md by hand (before/after a change).
//   node tests/hosting/visit.mjs [--root dist] [--runs 3] [--json out.json]
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startNginx } from "./nginx.mjs";
import { samplePages } from "./site-pages.mjs";
import { chromiumArgs, chromiumPath } from "../support/chromium.ts";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = arg("root", process.env.HOSTING_DIST ?? "dist");
const runs = Number(arg("runs", "3"));
const jsonOut = arg("json", "");
/** The access log must stay unchanged this long before a visit counts as finished. */
const quietMs = 2500;
const throttle = 4;

if (!existsSync(join(root, "index.html"))) {
  console.error(`bench:visit: ${root}/index.html tidak ada; jalankan build dahulu.`);
  process.exit(1);
}

const sample = samplePages(root);
const gzSize = (path) => gzipSync(readFileSync(join(root, path, "index.html"))).length;
const guidesBySize = [...sample.guides].sort((a, b) => gzSize(a) - gzSize(b));
const targets = [
  ["beranda", sample.home],
  ["panduan pendek", guidesBySize[0]],
  ["panduan panjang", guidesBySize.at(-1)],
  ["studi kasus", sample.case],
  ["penjelajah kasus", sample.explorer],
  ["kuesioner", sample.questionnaires.find((q) => q.includes("kesiapan")) ?? sample.questionnaires[0]],
  ["cari", sample.search],
];

const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
const server = await startNginx({ root, portStart: 8470 });
const accessLog = join(server.dir, "access.log");
const logSize = () => (existsSync(accessLog) ? statSync(accessLog).size : 0);

/** Combined log format: "GET /path HTTP/1.1" status bytes "referer" "agent". */
const lineRe = /"(?:GET|HEAD) (\S+) [^"]*" (\d{3}) (\d+) "([^"]*)"/;
function logLines(from) {
  const text = readFileSync(accessLog, "utf8").slice(from);
  return text
    .split("\n")
    .map((l) => lineRe.exec(l))
    .filter((m) => m !== null)
    .map(([, path, status, bytes, referer]) => ({
      path,
      status: Number(status),
      bytes: Number(bytes),
      worker: /\/sw\.js(?:[?#]|$)/.test(referer) || path.endsWith("/sw.js"),
    }));
}

async function waitQuiet() {
  let last = logSize();
  let since = Date.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const size = logSize();
    if (size !== last) {
      last = size;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

async function visit(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: "id-ID" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const from = logSize();
  try {
    await page.goto(server.url + path, { waitUntil: "load" });
    // Installed, activated and in control: the worker's precache (if any) has been fetched.
    await page.evaluate(() =>
      Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 60_000))]),
    );
    await page.waitForFunction(() => !navigator.serviceWorker || navigator.serviceWorker.controller !== null, null, {
      timeout: 60_000,
    });
    await waitQuiet();
    const tasks = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).__longTasks));
    return { lines: logLines(from), tasks };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const kb = (bytes) => (bytes / 1024).toLocaleString("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ms = (x) => Math.round(x).toLocaleString("id-ID");

const rows = [];
const loads = [loadavg()[0]];
try {
  for (const [name, path] of targets) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await visit(path));
    loads.push(loadavg()[0]);
    const first = results[0].lines;
    const sum = (lines) => lines.reduce((n, l) => n + l.bytes, 0);
    const own = first.filter((l) => !l.worker);
    const worker = first.filter((l) => l.worker);
    const counts = results.map((r) => r.lines.length);
    const row = {
      name,
      path,
      requests: first.length,
      bytes: sum(first),
      pageRequests: own.length,
      pageBytes: sum(own),
      workerRequests: worker.length,
      workerBytes: sum(worker),
      requestsPerRun: counts,
      longTasks: median(results.map((r) => r.tasks.length)),
      longTaskMs: median(results.map((r) => r.tasks.reduce((a, b) => a + b, 0))),
      longestMs: median(results.map((r) => Math.max(0, ...r.tasks))),
      blockingMs: median(results.map((r) => r.tasks.reduce((a, d) => a + Math.max(0, d - 50), 0))),
      files: first.map((l) => `${l.worker ? "sw " : "   "}${l.status} ${String(l.bytes).padStart(7)} ${l.path}`),
    };
    rows.push(row);
    console.log(
      `${name.padEnd(17)} ${String(row.requests).padStart(3)} permintaan ${kb(row.bytes).padStart(6)} KB` +
        ` (halaman ${row.pageRequests}/${kb(row.pageBytes)} KB, worker ${row.workerRequests}/${kb(row.workerBytes)} KB)` +
        `  long task ${row.longTasks} × Σ ${ms(row.longTaskMs)} ms, terpanjang ${ms(row.longestMs)} ms` +
        (new Set(counts).size > 1 ? `  [permintaan per putaran: ${counts.join("/")}]` : ""),
    );
  }
} finally {
  await browser.close();
  await server.stop();
}

const table = [
  `Kunjungan pertama (profil baru), nginx dengan deploy/nginx.conf, \`${root}\`, ${new Date().toLocaleDateString("id-ID", { dateStyle: "long" })}; CPU ×${throttle} untuk long task (median ${runs} putaran); load average 1 mnt ${loads.map((l) => l.toFixed(1).replace(".", ",")).join(" → ")}.`,
  "",
  "| halaman | path | permintaan | KB gzip | dari halaman (perm./KB) | dari service worker (perm./KB) | long task ×4 | Σ long task (ms) | terpanjang (ms) | Σ di atas 50 ms (ms) |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.name} | /${r.path} | ${r.requests} | ${kb(r.bytes)} | ${r.pageRequests} / ${kb(r.pageBytes)} | ${r.workerRequests} / ${kb(r.workerBytes)} | ${r.longTasks} | ${ms(r.longTaskMs)} | ${ms(r.longestMs)} | ${ms(r.blockingMs)} |`,
  ),
  "",
].join("\n");
console.log(`\n${table}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ root, loads, rows }, null, 2));
