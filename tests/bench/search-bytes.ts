// Bytes to first results, measured on a build folder (dist/ by default) in Chromium: every file the browser
// fetches from the reader's first use of search until the first result link is on screen, counted at gzip
// level 9 (what nginx serves with gzip_static or gzip on). Two paths: the header dialog on a guide page (from the
// click on "Cari", the page itself already loaded) and /cari/?q= opened directly (the whole page).
// Service workers are blocked so their precaching does not blur the count.
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error -- a plain .mjs helper without types
import { startStaticServer } from "../hosting/static-server.mjs";

export interface BytesRow {
  path: string;
  files: number;
  gzip: number;
  /** Gzip bytes per kind: "js", "json", "html", "css". */
  byKind: Record<string, number>;
}

const kindOf = (p: string) => (p.endsWith(".js") ? "js" : p.endsWith(".json") ? "json" : p.endsWith(".css") ? "css" : "html");

function fileFor(root: string, urlPath: string): string | undefined {
  let file = join(root, decodeURIComponent(urlPath));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  return existsSync(file) ? file : undefined;
}

export async function measureBytesToFirstResults(
  chrome: string,
  root: string,
  query = "kemitraan",
  guide = "panduan/langkah-evaluasi-berkala/",
): Promise<BytesRow[]> {
  const { chromium } = await import("playwright-core");
  const server = (await startStaticServer({ root, prefix: "/" })) as { url: string; stop: () => Promise<void> };
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const rows: BytesRow[] = [];
  const count = (path: string, urls: string[]): BytesRow => {
    const byKind: Record<string, number> = {};
    let gzip = 0;
    const seen = new Set<string>();
    for (const u of urls) {
      const p = new URL(u).pathname;
      if (seen.has(p)) continue;
      seen.add(p);
      const file = fileFor(root, p);
      if (!file) continue;
      const size = gzipSync(readFileSync(file), { level: 9 }).length;
      byKind[kindOf(file)] = (byKind[kindOf(file)] ?? 0) + size;
      gzip += size;
    }
    return { path, files: seen.size, gzip, byKind };
  };
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    // The header dialog: load a guide, then count what the click on "Cari" and the first query fetch.
    const page = await context.newPage();
    await page.goto(server.url + guide, { waitUntil: "networkidle" });
    const after: string[] = [];
    page.on("request", (r) => after.push(r.url()));
    await page.getByRole("link", { name: "Cari", exact: true }).first().click();
    const box = page.getByRole("dialog").getByRole("searchbox");
    await box.fill(query);
    await page.getByRole("dialog").locator("[data-search-result]").first().waitFor();
    rows.push(count(`dialog (${guide}, “${query}”)`, after));
    await page.close();
    // /cari/?q= opened directly: the page and everything it needs for its first results.
    const direct = await context.newPage();
    const all: string[] = [];
    direct.on("request", (r) => all.push(r.url()));
    await direct.goto(`${server.url}cari/?q=${encodeURIComponent(query)}`);
    await direct.locator("main [data-search-result]").first().waitFor();
    rows.push(count(`/cari/?q=${query}`, all));
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
