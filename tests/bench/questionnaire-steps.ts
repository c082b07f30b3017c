// `npm run bench:questionnaire` (second part): how soon the questionnaire answers a step change and an answer, on the
// built site at CPU ×4 in a 412 × 823 phone viewport. Not a test: it asserts nothing, it reports. For each of --runs
// fresh profiles it opens /penilaian/kesiapan/, presses "Lanjut" four times (the context step, then three dimensions)
// and answers every statement of each dimension, timing each from the click to the next frame drawn
// (requestAnimationFrame, then a task: paint included, and up to 16,7 ms of waiting for the frame).
//   node node_modules/.cache/bench-questionnaire-steps.mjs [--runs 3] [--dist dist]
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { startStaticServer } from "../hosting/static-server.mjs";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const runs = Math.max(1, Number(arg("runs", "3")) || 3);
const ms = (n: number) => n.toFixed(0);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const server = await startStaticServer({ root: arg("dist", "dist"), prefix: "/" });
const chrome = chromiumPath();
const browser = await chromium.launch({ ...(chrome ? { executablePath: chrome } : {}), args: chromiumArgs });
const load = [loadavg()[0]!];
const steps: number[] = [];
const answers: number[] = [];
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.url}penilaian/kesiapan/`);
    await page.waitForFunction(() => performance.getEntriesByName("asm:ready").length > 0);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    for (let s = 0; s < 4; s++) {
      steps.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          document.querySelector<HTMLButtonElement>(".asm-nav .button:not(.secondary)")!.click();
          await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - t0;
        }),
      );
      await page.waitForFunction(() => !document.querySelector("#asm-app .asm-dim[aria-busy]"));
      await page.waitForTimeout(300);
      answers.push(
        ...(await page.evaluate(async () => {
          const out: number[] = [];
          for (const item of document.querySelectorAll("#asm-app .asm-item")) {
            const t0 = performance.now();
            item.querySelector<HTMLInputElement>('input[type="radio"][value="4"]')!.click();
            await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            out.push(performance.now() - t0);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return out;
        })),
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
load.push(loadavg()[0]!);
console.log(
  [
    `/penilaian/kesiapan/, CPU ×4, ${runs} putaran; load average 1 mnt ${load.map((l) => l.toFixed(1).replace(".", ",")).join(" → ")}.`,
    "",
    "| interaksi | n | p50 sampai bingkai (ms) | p95 (ms) |",
    "|---|---:|---:|---:|",
    `| "Lanjut" ke langkah berikutnya | ${steps.length} | ${ms(pct(steps, 0.5))} | ${ms(pct(steps, 0.95))} |`,
    `| menjawab satu pernyataan | ${answers.length} | ${ms(pct(answers, 0.5))} | ${ms(pct(answers, 0.95))} |`,
  ].join("\n"),
);
