// `npm run bench:questionnaire`: long tasks while the questionnaire island starts, on the built site at CPU ×4.
// Each run opens /penilaian/kesiapan/ in a fresh browser profile (Chromium DevTools Emulation.setCPUThrottlingRate 4,
// a 412 × 823 phone viewport) and records every long task (PerformanceObserver "longtask", buffered) and every long
// animation frame (which script ran, how long style and layout took) with the island's User Timing marks:
// - asm:start: the island's first render (AssessmentApp);
// - asm:ready: its first step (or the resume prompt) is on screen and wired;
// - then a reader answers at once: "Lanjut" past the optional context, and the first statement's answer; the window
//   ends one frame after that answer is handled.
// A second scenario, "ketuk dulu", types the agency's name in the static form while the bank data is held back (a slow
// phone), then answers as above in the island.
// The window measured is asm:start → the answer; tasks before it (HTML parse, first layout) and in the 2 s after it
// are printed apart. Reports the median of --runs runs (default 5). The service worker is blocked (its precache runs
// on its own thread and only adds noise); pass --sw to keep it.
//   npm run bench:questionnaire -- [--runs 5] [--url http://127.0.0.1:4434/] [--path penilaian/kesiapan/] [--verbose]
//     [--trace /tmp/start]
// Without --url it serves dist/ itself with `astro preview` on port 4434 (build first).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium, type Browser, type CDPSession } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../support/chromium";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const runs = Math.max(1, Number(arg("runs", "5")) || 5);
const path = arg("path", "penilaian/kesiapan/");
const verbose = process.argv.includes("--verbose");
const keepWorker = process.argv.includes("--sw");
/** `--trace out`: a Chromium trace (open it in DevTools' Performance panel) of each scenario's first run. */
const traceTo = arg("trace", "");
const throttle = 4;
const port = 4434;

interface Task {
  start: number;
  duration: number;
}
interface Frame extends Task {
  blocking: number;
  styleAndLayoutStart: number;
  scripts: { invoker: string; source: string; duration: number; forcedLayout: number }[];
}
interface Trace {
  tasks: Task[];
  frames: Frame[];
  marks: Record<string, number>;
}

async function serve(): Promise<{ url: string; stop: () => void }> {
  const given = arg("url", "");
  if (given) return { url: given.endsWith("/") ? given : `${given}/`, stop: () => {} };
  if (!existsSync("dist/index.html")) throw new Error("dist/index.html tidak ada: jalankan `npx astro build` dahulu.");
  const url = `http://127.0.0.1:${port}/`;
  const child: ChildProcess = spawn(
    "npx",
    ["astro", "preview", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)],
    // Its own process group: npx starts astro as a child, and killing npx alone left that server running.
    { stdio: "ignore", detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } },
  );
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`astro preview tidak menjawab di ${url}`);
}

/** Runs in the page before any of its scripts. */
function observe() {
  const w = window as unknown as { __bench: Trace };
  w.__bench = { tasks: [], frames: [], marks: {} };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as (Task & {
        startTime: number;
        blockingDuration: number;
        styleAndLayoutStart: number;
        scripts: {
          invoker: string;
          sourceURL: string;
          sourceFunctionName: string;
          duration: number;
          forcedStyleAndLayoutDuration: number;
        }[];
      })[])
        w.__bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          styleAndLayoutStart: e.styleAndLayoutStart,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            source: `${s.sourceURL.replace(/^.*\//, "")}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ""}`,
            duration: s.duration,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // no long animation frames in this browser: tasks only
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.marks[e.name] ??= e.startTime;
  }).observe({ type: "mark", buffered: true });
  // The answer is handled when the frame after its change event starts.
  document.addEventListener(
    "change",
    (ev) => {
      const t = ev.target as HTMLInputElement;
      if (t.type !== "radio" || !t.closest("#asm-app")) return;
      performance.mark("bench:answer");
      requestAnimationFrame(() => performance.mark("bench:answered"));
    },
    true,
  );
}

/**
 * The reader's hand, through the DevTools protocol only: Playwright's locators would inject their own script into the
 * page, and its evaluation at CPU ×4 is a long task of its own in the middle of the window measured.
 */
function reader(cdp: CDPSession) {
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = (await cdp.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
  return {
    /** Resolves once the mark has been made (waits without polling). */
    marked: (name: string) =>
      evaluate<boolean>(`new Promise((resolve) => {
        const seen = () => performance.getEntriesByName(${JSON.stringify(name)}, "mark").length > 0;
        if (seen()) return resolve(true);
        const o = new PerformanceObserver(() => { if (seen()) { o.disconnect(); resolve(true); } });
        o.observe({ type: "mark" });
      })`),
    /** Waits for the element, scrolls it into view and clicks its middle with a real (trusted) mouse. */
    click: async (selector: string) => {
      const box = await evaluate<{ x: number; y: number }>(`new Promise((resolve) => {
        const find = () => {
          // A choice is clicked on its label, as a thumb does.
          const el = document.querySelector(${JSON.stringify(selector)})?.closest("label, button");
          if (!el) return requestAnimationFrame(find);
          el.scrollIntoView({ block: "center", behavior: "instant" });
          requestAnimationFrame(() => {
            const r = el.getBoundingClientRect();
            resolve({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
          });
        };
        find();
      })`);
      for (const type of ["mousePressed", "mouseReleased"] as const)
        await cdp.send("Input.dispatchMouseEvent", { type, ...box, button: "left", clickCount: 1 });
    },
    /** Focuses the field, then types the text as one input (as a keyboard's suggestion does). */
    type: async (selector: string, text: string) => {
      await evaluate<void>(`document.querySelector(${JSON.stringify(selector)}).focus()`);
      await cdp.send("Input.insertText", { text });
    },
    trace: () => evaluate<Trace>("window.__bench"),
  };
}

async function run(browser: Browser, base: string, scenario: "segar" | "ketuk dulu", traceTo?: string): Promise<Trace> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    locale: "id-ID",
    serviceWorkers: keepWorker ? "allow" : "block",
  });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const you = reader(cdp);
  const events: unknown[] = [];
  if (traceTo) {
    cdp.on("Tracing.dataCollected", (d: { value: unknown[] }) => events.push(...d.value));
    await cdp.send("Tracing.start", {
      categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,loading",
      transferMode: "ReportEvents",
    });
  }
  try {
    let release = () => {};
    if (scenario === "ketuk dulu") {
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/penilaian/data/*.json", async (route) => {
        await held;
        await route.continue();
      });
    }
    await page.goto(base + path, { waitUntil: scenario === "segar" ? "commit" : "load" });
    if (scenario === "ketuk dulu") {
      await you.type('#asm-static input[name="instansi"]', "Dinas Lambat");
      release();
    }
    await you.marked("asm:ready");
    await you.click("#asm-app .asm-nav .button:not(.secondary)");
    await you.click('#asm-app fieldset.asm-item input[value="3"]');
    await you.marked("bench:answered");
    await page.waitForTimeout(2000);
    return await you.trace();
  } finally {
    if (traceTo) {
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await done;
      writeFileSync(traceTo, JSON.stringify({ traceEvents: events }));
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 }).catch(() => {});
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString("id-ID") : "–");
const over = (t: Task) => Math.max(0, t.duration - 50);

/** What ran in a long task: the long animation frame it falls in, as its biggest scripts and its style and layout. */
function attribution(task: Task, frames: Frame[]): string {
  const frame = frames.find((f) => f.start <= task.start + 1 && f.start + f.duration >= task.start + task.duration - 1);
  if (!frame) return "";
  const layout = frame.styleAndLayoutStart > 0 ? frame.start + frame.duration - frame.styleAndLayoutStart : 0;
  const scripts = frame.scripts
    .filter((s) => s.duration >= 5)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map(
      (s) =>
        `${s.invoker} ${s.source} ${ms(s.duration)}${s.forcedLayout >= 5 ? ` (layout paksa ${ms(s.forcedLayout)})` : ""}`,
    );
  return [...scripts, layout >= 5 ? `gaya+tata letak ${ms(layout)}` : ""].filter(Boolean).join("; ");
}

interface Summary {
  count: number;
  longest: number;
  blocking: number;
  readyAfterStart: number;
  ready: number;
  before: number;
  after: number;
}

function summarise(t: Trace, print: boolean): Summary {
  const start = t.marks["asm:start"] ?? NaN;
  const ready = t.marks["asm:ready"] ?? NaN;
  const end = t.marks["bench:answered"] ?? NaN;
  const inWindow = t.tasks.filter((k) => k.start + k.duration > start && k.start < end);
  const before = t.tasks.filter((k) => k.start + k.duration <= start);
  const after = t.tasks.filter((k) => k.start >= end);
  if (print) {
    console.log(
      `  asm:start ${ms(start)} · asm:ready ${ms(ready)} · jawaban ${ms(t.marks["bench:answer"] ?? NaN)} → ${ms(end)} ms` +
        ` · sebelum start: ${before.length} task Σ>50 ${ms(before.reduce((a, k) => a + over(k), 0))} ms`,
    );
    for (const k of inWindow) {
      const phase = k.start < ready ? "start→ready" : "ready→jawaban";
      console.log(
        `    ${ms(k.start).padStart(6)} +${ms(k.duration).padStart(4)} ms  ${phase.padEnd(13)} ${attribution(k, t.frames)}`,
      );
    }
    for (const k of after)
      console.log(
        `    ${ms(k.start).padStart(6)} +${ms(k.duration).padStart(4)} ms  sesudah       ${attribution(k, t.frames)}`,
      );
  }
  return {
    count: inWindow.length,
    longest: Math.max(0, ...inWindow.map((k) => k.duration)),
    blocking: inWindow.reduce((a, k) => a + over(k), 0),
    readyAfterStart: ready - start,
    ready,
    before: before.reduce((a, k) => a + over(k), 0),
    after: after.reduce((a, k) => a + over(k), 0),
  };
}

const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
const server = await serve();
const loads = [loadavg()[0]!];
const rows: string[] = [];
try {
  for (const scenario of ["segar", "ketuk dulu"] as const) {
    const sums: Summary[] = [];
    for (let i = 0; i < runs; i++) {
      const trace = await run(
        browser,
        server.url,
        scenario,
        traceTo && i === 0 ? `${traceTo}-${scenario.replace(" ", "-")}.json` : undefined,
      );
      if (verbose) console.log(`${scenario}, putaran ${i + 1}:`);
      sums.push(summarise(trace, verbose));
    }
    loads.push(loadavg()[0]!);
    const m = (f: (s: Summary) => number) => ms(median(sums.map(f)));
    const row =
      `| ${scenario} | ${m((s) => s.count)} (${sums.map((s) => s.count).join("/")}) | ${m((s) => s.longest)}` +
      ` (${sums.map((s) => ms(s.longest)).join("/")}) | ${m((s) => s.blocking)} | ${m((s) => s.readyAfterStart)}` +
      ` | ${m((s) => s.ready)} | ${m((s) => s.before)} | ${m((s) => s.after)} |`;
    rows.push(row);
    console.log(row);
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(
  [
    "",
    `/${path}, CPU ×${throttle}, median ${runs} putaran${keepWorker ? ", dengan service worker" : ""}; load average 1 mnt ${loads.map((l) => l.toFixed(1).replace(".", ",")).join(" → ")}.`,
    "",
    "| skenario | long task > 50 ms (putaran) | terpanjang, ms (putaran) | Σ di atas 50 ms (ms) | start → langkah siap (ms) | langkah siap sejak navigasi (ms) | Σ>50 sebelum start | Σ>50 2 dtk sesudah |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n"),
);
