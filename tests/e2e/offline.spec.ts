// Offline reading with the service worker, on the sub-path build (dist-base) served by a server this test stops.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { builtBase } from "../hosting/nginx.mjs";
import { samplePages } from "../hosting/site-pages.mjs";
import { startStaticServer } from "../hosting/static-server.mjs";
import { expectClean, watchPage } from "./support/page-checks";

const root = process.env.HOSTING_DIST ?? "dist-base";
// Each test installs the worker (precache), walks several pages and waits out a slow network on purpose.
test.describe.configure({ timeout: 150_000 });

/** Waits until the service worker is installed (precache done) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const heading = (page: Page) => page.locator("h1").first();

/** A section page and one of its guides other than `except`, read from the built section pages. */
function sectionWithOtherGuide(sections: string[], except: string): { section: string; guide: string } {
  for (const section of sections) {
    const html = readFileSync(join(root, section, "index.html"), "utf8");
    const urls = (/data-urls="([^"]*)"/.exec(html)?.[1] ?? "").split(" ").filter(Boolean);
    const guide = urls.map((u) => u.slice(builtBase(root).length)).find((p) => p !== section && p !== except);
    if (guide) return { section, guide };
  }
  throw new Error("no section page with a save button and a second guide");
}

test("halaman yang dibuka, bagian yang disimpan, dan kuesioner tetap berjalan tanpa koneksi", async ({ browser }) => {
  const pages = samplePages(root);
  const saved = sectionWithOtherGuide(pages.sections, pages.guide);
  const unvisited = pages.cases.find((c) => c !== pages.case);
  expect(unvisited, "ada studi kasus kedua").toBeTruthy();
  const server = await startStaticServer({ root, prefix: builtBase(root) });
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page);
  const titles = new Map<string, string>();
  try {
    await page.goto(server.url);
    await controlled(page);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(server.url);
    for (const path of [pages.guide, pages.case]) {
      await page.goto(server.url + path);
      titles.set(path, (await heading(page).textContent()) ?? "");
    }
    // Saving a section on request: the button appears only with service worker support.
    await page.goto(server.url + saved.section);
    const button = page.getByRole("button", { name: "Simpan untuk dibaca offline" });
    await button.click();
    await expect(page.getByRole("status")).toContainText("Tersimpan");
    expectClean(problems, "halaman daring");

    const cachedUrls = await page.evaluate(async () =>
      (await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys())))
        .flat()
        .map((r) => r.url),
    );
    for (const q of pages.questionnaires) expect(cachedUrls, "kuesioner di-precache").toContain(server.url + q);
    const bankFiles = cachedUrls.filter((u) => u.endsWith(".json"));
    expect(bankFiles.length, "bank soal di-precache").toBeGreaterThan(0);
    if (pages.questionnaires.length > 0)
      expect(
        cachedUrls.some((u) => /\/_astro\/radar[^/]*\.js$/.test(u)),
        "chunk grafik radar di-precache",
      ).toBe(true);

    await server.stop();
    await context.setOffline(true);

    for (const path of [pages.guide, pages.case]) {
      await page.goto(server.url + path);
      await expect(heading(page), path).toHaveText(titles.get(path)!);
      await page.reload();
      await expect(heading(page), `${path} dimuat ulang`).toHaveText(titles.get(path)!);
    }
    await page.goto(server.url + saved.guide);
    await expect(heading(page), "panduan dari bagian yang disimpan").not.toHaveText("Tidak ada koneksi internet");
    await expect(page.locator("main")).toContainText(/\w{20,}|\w+ \w+ \w+/);

    await page.goto(server.url + unvisited!);
    await expect(heading(page)).toHaveText("Tidak ada koneksi internet");

    for (const q of pages.questionnaires) {
      await page.goto(server.url + q);
      const next = page.getByRole("button", { name: "Lanjut" });
      await expect(next, `${q} siap dipakai tanpa koneksi`).toBeVisible();
      await next.click();
      await expect(page.getByRole("radio").first(), `${q}: butir pertama tampil`).toBeVisible();
      await page.getByRole("radio").first().check();
      await expect(page.getByRole("radio").first()).toBeChecked();
    }
  } finally {
    await context.close();
    await server.stop();
  }
});

test("setelah rilis baru, HTML lama tidak ditampilkan walau jaringan lambat", async ({ browser }) => {
  // A private copy of the build stands in for the server, so a "deploy" can change it.
  const copy = mkdtempSync(join(tmpdir(), "siapmitra-rilis-"));
  cpSync(root, copy, { recursive: true });
  const base = builtBase(copy);
  const pages = samplePages(copy);
  const server = await startStaticServer({ root: copy, prefix: base });
  const context = await browser.newContext();
  const page = await context.newPage();
  const guideFile = join(copy, pages.guide, "index.html");
  const retitle = (text: string) =>
    writeFileSync(guideFile, readFileSync(guideFile, "utf8").replace(/(<h1[^>]*>)[^<]*/, `$1${text}`));
  try {
    await page.goto(server.url);
    await controlled(page);
    await page.goto(server.url + pages.guide);
    const original = (await heading(page).textContent()) ?? "";

    // Same deploy, slow network: the cached copy is shown after the 3 s timeout.
    retitle("Perubahan tanpa rilis");
    server.delay(base + pages.guide, 6000);
    await page.goto(server.url + pages.guide);
    await expect(heading(page)).toHaveText(original);

    // A deploy (new content, new worker version): the old cached page must not be shown, however slow.
    retitle("Judul rilis baru");
    const sw = join(copy, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/version:(["`])([^"`]+)\1/, "version:$1$2-baru$1"));
    server.delay(base + pages.guide, 4500);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
      await registration.update();
      await changed;
    });
    await page.goto(server.url + pages.guide);
    await expect(heading(page)).toHaveText("Judul rilis baru");
  } finally {
    await context.close();
    await server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
});
