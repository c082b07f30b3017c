// Bytes to first results, measured on a build folder in Chromium with a slow phone's line and CPU (Lighthouse's
// mobile settings: 1.6 Mbit/s, 150 ms round trip, CPU ×4). Counted: every file whose download ended between the
// reader's first use of search and the moment the first result is on screen, at gzip level 6 (what
// deploy/nginx.conf sends), and the same up to the first snippet. Two paths: the header dialog on a guide page
// (from the click on "Cari"; the page itself was already there) and /cari/?q= opened directly (the whole page).
// Service workers are blocked so their precaching does not blur the count. Works on any build of the site that
// marks its result links with data-search-result (the code before issue 20 did too).
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startStaticServer } from "../hosting/static-server.mjs";

export interface BytesRow {
  path: string;
  /** Bytes (gzip) and files until the first result is shown. */
  first: { bytes: number; files: string[]; ms: number };
  /** The same until the first snippet is shown. */
  snippet: { bytes: number; files: string[]; ms: number };
}

const gzipOf = new Map<string, number>();

function gzipBytes(root: string, urlPath: string): number {
  let file = join(root, decodeURIComponent(urlPath));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) return 0;
  let n = gzipOf.get(file);
  if (n === undefined) gzipOf.set(file, (n = gzipSync(readFileSync(file), { level: 6 }).length));
  return n;
}

/** In the page: watches for the first result link and the first snippet, noting when each appears. */
function watch(selectors: { result: string; snippet: string }) {
  const w = window as unknown as { seen: Record<string, number> };
  w.seen = {};
  const check = () => {
    for (const [name, sel] of Object.entries(selectors))
      if (w.seen[name] === undefined && document.querySelector(sel)) w.seen[name] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  check();
}

async function bytesUntil(page: Page, root: string, since: number) {
  const { seen, resources } = await page.evaluate(() => ({
    seen: (window as unknown as { seen: Record<string, number> }).seen,
    resources: performance
      .getEntriesByType("resource")
      .map((r) => ({ name: r.name, start: r.startTime, end: (r as PerformanceResourceTiming).responseEnd })),
  }));
  const nav = await page.evaluate(() => performance.getEntriesByType("navigation").map((n) => n.name));
  const upTo = (t: number | undefined) => {
    const files = [
      ...(since === 0 ? nav : []),
      ...resources.filter((r) => r.start >= since && t !== undefined && r.end <= t).map((r) => r.name),
    ].map((u) => new URL(u).pathname);
    const unique = [...new Set(files)];
    return { bytes: unique.reduce((a, f) => a + gzipBytes(root, f), 0), files: unique, ms: (t ?? NaN) - since };
  };
  return { first: upTo(seen["result"]), snippet: upTo(seen["snippet"]) };
}

export async function measureBytesToFirstResults(
  chrome: string,
  root: string,
  query = "kemitraan",
  guide = "panduan/langkah-evaluasi-berkala/",
): Promise<BytesRow[]> {
  const { chromium } = await import("playwright-core");
  const server = await startStaticServer({ root, prefix: "/" });
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const selectors = { result: "[data-search-result]", snippet: ".search-snippet" };
  const rows: BytesRow[] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
    const slow = async (page: Page) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    };
    // The header dialog: load a guide, then count what the click on "Cari" and the first query bring.
    const page = await context.newPage();
    await slow(page);
    await page.goto(server.url + guide, { waitUntil: "networkidle" });
    await page.evaluate(watch, selectors);
    const since = await page.evaluate(() => performance.now());
    await page.getByRole("link", { name: "Cari", exact: true }).first().click();
    await page.getByRole("dialog").getByRole("searchbox").fill(query);
    await page.getByRole("dialog").locator(selectors.snippet).first().waitFor({ timeout: 60_000 });
    rows.push({ path: `dialog (${guide}, “${query}”)`, ...(await bytesUntil(page, root, since)) });
    await page.close();
    // /cari/?q= opened directly: the page and everything it needs for its first results.
    const direct = await context.newPage();
    await slow(direct);
    await direct.addInitScript(watch, selectors);
    await direct.goto(`${server.url}cari/?q=${encodeURIComponent(query)}`);
    await direct.locator(`main ${selectors.snippet}`).first().waitFor({ timeout: 60_000 });
    rows.push({ path: `/cari/?q=${query}`, ...(await bytesUntil(direct, root, 0)) });
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
