// Benchmark of the register page itself (not a test: it asserts nothing, it reports): a register of 1,000 entries
// in localStorage, the built page in Chromium with the CPU throttled 4×, and each filter change timed from the input
// to (a) the DOM committed by Preact, (b) the next frame drawn (requestAnimationFrame, then a task: paint included,
// and the wait for the frame too, so up to 16.7 ms of (b) can be idle time), and (c) every row of the new page drawn;
// with (d) the longest gap between two frames on the way. RegisterTable.tsx draws the first ROWS_PER_PAGE matching
// rows a few per task after the first frame, so (c) and (d) depend on that page size, not on the register's size.
// Run after a build (dist/):
//   mkdir -p node_modules/.cache
//   npx esbuild tests/bench/register-page.ts --bundle --platform=node --format=esm --packages=external --outfile=node_modules/.cache/bench-register-page.mjs --log-level=warning
//   node node_modules/.cache/bench-register-page.mjs      (RUNS=10 for a quick look; DIST_DIR=… for another build)
import { cpus, loadavg } from "node:os";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { startStaticServer } from "../hosting/static-server.mjs";
import { BENCH_TODAY, syntheticRegister } from "./register-corpus";

const SIZES = [1000];
const RUNS = Number(process.env["RUNS"] ?? 40);
const THROTTLE = 4;
const ms = (n: number) => n.toFixed(1).replace(".", ",");
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

interface Timing {
  /** Input → Preact has committed the DOM (the microtask after the event): count and caption updated. */
  commit: number;
  /** Input → the next frame has been drawn (requestAnimationFrame, then a task): what the officer sees answer. */
  frame: number;
  /** Input → every row of the new page drawn (the table no longer busy), and the frame after it. */
  done: number;
  /** The longest gap between two frames from the input to `done` (a frame every 16,7 ms is the ideal). */
  longestFrame: number;
  /** Entries that pass the filter, and rows in the table afterwards. */
  matching: number;
  rows: number;
}

/** One filter change inside the page; `kind` picks the control, `on` the state to reach. */
function change(page: Page, kind: "soon" | "status" | "type", on: boolean): Promise<Timing> {
  return page.evaluate(
    async ({ kind, on }) => {
      const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const act = () => {
        if (kind === "type") {
          const select = document.getElementById("reg-f-type") as HTMLSelectElement;
          select.value = on ? "riset" : "";
          select.dispatchEvent(new Event("change", { bubbles: true }));
        } else {
          const box = document.getElementById(kind === "soon" ? "reg-f-soon" : "reg-f-aktif") as HTMLInputElement;
          if (box.checked !== on) box.click();
        }
      };
      const wrap = document.querySelector(".reg-table-wrap")!;
      const t0 = performance.now();
      act();
      await Promise.resolve();
      const commit = performance.now() - t0;
      let last = await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const frame = performance.now() - t0;
      let longestFrame = last - t0;
      while (wrap.getAttribute("aria-busy") === "true") {
        const now = await nextFrame();
        longestFrame = Math.max(longestFrame, now - last);
        last = now;
      }
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const done = performance.now() - t0;
      const caption = document.getElementById("reg-caption")?.textContent ?? "";
      const matching = Number(/\(([\d.]+) /.exec(caption)?.[1]?.replace(/\./g, "") ?? NaN);
      const rows = document.querySelectorAll(".reg-table tbody tr").length;
      return { commit, frame, done, longestFrame, matching, rows };
    },
    { kind, on },
  );
}

/** A fixed loop in Node, to compare this machine's speed between runs (and with another machine). */
function calibrate(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 2e8; i++) x += i % 7;
  if (x < 0) console.log(x);
  return performance.now() - t0;
}

async function benchSize(page: Page, base: string, n: number) {
  const entries = syntheticRegister(n);
  await page.goto(`${base}penilaian/daftar/`);
  await page.evaluate((list) => {
    localStorage.clear();
    for (const e of list) localStorage.setItem(`siapmitra-daftar:${e.id}`, JSON.stringify(e));
  }, entries);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  const t0 = Date.now();
  await page.reload();
  await page.waitForFunction(
    (count) => document.querySelectorAll(".reg-table tbody tr").length >= count,
    Math.min(n, 20),
    {
      timeout: 120_000,
    },
  );
  const load = Date.now() - t0;
  // As an officer filtering sees it: the filters at the top of the window, the first rows below them.
  await page.evaluate(() =>
    document.querySelector(".reg-filters")?.scrollIntoView({ block: "start", behavior: "instant" }),
  );
  console.error(`${n}: ${load} ms to the table`);
  const rows: string[] = [];
  const all: Timing[] = [];
  for (const [kind, label] of [
    ["soon", "“Berakhir dalam 90 hari”"],
    ["status", "status “Aktif”"],
    ["type", "jenis mitra “Riset”"],
  ] as const) {
    console.error(`${n}: ${kind}`);
    const on: Timing[] = [];
    const off: Timing[] = [];
    for (let i = 0; i < 3; i++) {
      await change(page, kind, true);
      await change(page, kind, false);
    }
    for (let i = 0; i < RUNS; i++) {
      on.push(await change(page, kind, true));
      off.push(await change(page, kind, false));
    }
    all.push(...on, ...off);
    for (const [state, xs] of [
      ["nyala", on],
      ["mati", off],
    ] as const) {
      const col = (f: (x: Timing) => number) => `${ms(pct(xs.map(f), 50))} | ${ms(pct(xs.map(f), 95))}`;
      rows.push(
        `| ${n.toLocaleString("id-ID")} | ${label} ${state} (${xs[0]!.matching.toLocaleString("id-ID")} cocok, ${xs[0]!.rows} baris di tabel) | ${col((x) => x.commit)} | ${col((x) => x.frame)} | ${col((x) => x.done)} | ${col((x) => x.longestFrame)} |`,
      );
    }
  }
  const col = (f: (x: Timing) => number) => `**${ms(pct(all.map(f), 50))}** | **${ms(pct(all.map(f), 95))}**`;
  rows.push(
    `| ${n.toLocaleString("id-ID")} | semua perubahan di atas (${all.length}) | ${col((x) => x.commit)} | ${col((x) => x.frame)} | ${col((x) => x.done)} | ${col((x) => x.longestFrame)} |`,
  );
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  return { load, rows };
}

const chrome = chromiumPath();
const server = await startStaticServer({ root: process.env["DIST_DIR"] ?? "dist", prefix: "/" });
const browser = await chromium.launch({ ...(chrome ? { executablePath: chrome } : {}), args: chromiumArgs });
const before = { load: loadavg()[0]!, loop: calibrate() };
const out: string[] = [];
const loads: string[] = [];
try {
  for (const n of SIZES) {
    const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${BENCH_TODAY}T10:00:00+07:00`));
    const { load, rows } = await benchSize(page, server.url, n);
    out.push(...rows);
    loads.push(
      `- ${n.toLocaleString("id-ID")} entri: tabel tampil ${ms(load)} ms setelah muat ulang (CPU ${THROTTLE}×).`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const after = { load: loadavg()[0]!, loop: calibrate() };
console.log(
  [
    `Pengukuran ${new Date().toLocaleDateString("id-ID", { dateStyle: "long" })}: halaman /penilaian/daftar/ hasil build, Chromium, CPU diperlambat ${THROTTLE}×; median (p50) dan p95 dari ${RUNS} perubahan per arah. Satuan: ms. Hari ini semu ${BENCH_TODAY}.`,
    `Mesin: ${cpus().length} inti; load average 1 menit ${ms(before.load)} sebelum, ${ms(after.load)} sesudah; putaran kalibrasi Node (2×10⁸ iterasi) ${ms(before.loop)} ms sebelum, ${ms(after.loop)} ms sesudah.`,
    "",
    "| entri | perubahan saringan | DOM p50 | DOM p95 | bingkai pertama p50 | bingkai pertama p95 | semua baris p50 | semua baris p95 | jeda antarbingkai terpanjang p50 | p95 |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...out,
    "",
    ...loads,
  ].join("\n"),
);
