// Offline reading with the service worker, on the sub-path build (dist-base) served by a server this test stops.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { precachePlan, type PrecachePlan } from "../../src/lib/offline/precache";
import { htmlAssetRefs } from "../../src/lib/offline/refs";
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

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** What the build's worker may cache ahead, worked out from the build as the build itself does. */
function planOf(dir: string): PrecachePlan {
  const files = walk(dir).map((f) => relative(dir, f).split(sep).join("/"));
  return precachePlan({ files, read: (p) => readFileSync(join(dir, p), "utf8"), base: builtBase(dir) });
}

/** Every URL in this context's caches. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () =>
    (await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()))).flat().map((r) => r.url),
  );

/** Waits until every URL of the questionnaire group is cached (the worker fills it in the background). */
async function questionnaireCached(page: Page, plan: PrecachePlan, origin: string): Promise<void> {
  const wanted = plan.groups.flatMap((g) => g.urls).map((u) => origin + u);
  expect(wanted.length, "kelompok kuesioner ada").toBeGreaterThan(0);
  await expect
    .poll(
      async () => {
        const cached = new Set(await cachedUrls(page));
        return wanted.filter((u) => !cached.has(u));
      },
      { timeout: 60_000, message: "kuesioner tersimpan untuk offline" },
    )
    .toEqual([]);
}

/** Opens each questionnaire (the network is gone) and answers its first item. */
async function questionnairesWork(page: Page, base: string, questionnaires: string[]): Promise<void> {
  for (const q of questionnaires) {
    await page.goto(base + q);
    const next = page.getByRole("button", { name: "Lanjut" });
    await expect(next, `${q} siap dipakai tanpa koneksi`).toBeVisible();
    await next.click();
    await expect(page.getByRole("radio").first(), `${q}: butir pertama tampil`).toBeVisible();
    await page.getByRole("radio").first().check();
    await expect(page.getByRole("radio").first()).toBeChecked();
  }
}

/** Every URL requested in a context, by its pages and by its service worker. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (r) => urls.push(r.url()));
  return urls;
}

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

    // Nothing of the questionnaire was downloaded ahead: the reader has not opened it.
    const plan = planOf(root);
    const origin = new URL(server.url).origin;
    const questionnaireOnly = plan.groups.flatMap((g) => g.urls).filter((u) => !plan.shell.includes(u));
    const before = await cachedUrls(page);
    expect(
      before.filter((u) => u.includes("/penilaian/")),
      "kuesioner belum disimpan",
    ).toEqual([]);
    expect(before.filter((u) => /\/_astro\/radar[^/]*\.js$/.test(u))).toEqual([]);
    for (const url of plan.shell) expect(before, "cangkang dipasang").toContain(origin + url);

    // One visit to the questionnaire stores all of it: both questionnaires, every chunk (the radar chart too), banks.
    await page.goto(server.url + pages.questionnaires[0]);
    await questionnaireCached(page, plan, origin);
    expect(
      questionnaireOnly.some((u) => /\/_astro\/radar[^/]*\.js$/.test(u)),
      "grafik radar termasuk",
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

    await questionnairesWork(page, server.url, pages.questionnaires);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("kunjungan pertama ke panduan tidak mengunduh kuesioner; sekali membuka kuesioner membuatnya jalan offline", async ({
  browser,
}) => {
  const pages = samplePages(root);
  const plan = planOf(root);
  const server = await startStaticServer({ root, prefix: builtBase(root) });
  const origin = new URL(server.url).origin;
  const guideContext = await browser.newContext();
  const questionnaireContext = await browser.newContext();
  try {
    // A reader arrives on one guide from a search engine.
    const requested = recordRequests(guideContext);
    const guide = await guideContext.newPage();
    await guide.goto(server.url + pages.guide);
    await controlled(guide);
    // The guide itself is stored once the worker has taken over (after its install, where any precache happens).
    await expect.poll(async () => (await cachedUrls(guide)).includes(server.url + pages.guide)).toBe(true);
    const guideHtml = readFileSync(join(root, pages.guide, "index.html"), "utf8");
    const guideNeeds = htmlAssetRefs(guideHtml, server.url + pages.guide, builtBase(root));
    const questionnaireOnly = plan.groups
      .flatMap((g) => g.urls)
      .map((u) => origin + u)
      .filter((u) => !guideNeeds.includes(u) && !plan.shell.includes(u.slice(origin.length)));
    expect(questionnaireOnly.length).toBeGreaterThan(0);
    expect(requested.filter((u) => questionnaireOnly.includes(u) || u.includes("/penilaian/"))).toEqual([]);
    // What the worker did download: the shell, and nothing else the guide did not load itself.
    const extra = requested.filter(
      (u) => !guideNeeds.includes(u) && !plan.shell.includes(new URL(u).pathname) && !u.endsWith("/sw.js"),
    );
    expect(new Set(extra)).toEqual(new Set([server.url + pages.guide]));

    // Another reader opens the questionnaire once (a first visit) and then loses the network.
    const page = await questionnaireContext.newPage();
    const problems = await watchPage(page);
    await page.goto(server.url + pages.questionnaires[0]);
    await controlled(page);
    await questionnaireCached(page, plan, origin);
    expectClean(problems, "kuesioner daring");
    await server.stop();
    await questionnaireContext.setOffline(true);
    await questionnairesWork(page, server.url, pages.questionnaires);
    await page.goto(server.url + pages.assessment);
    await expect(heading(page)).not.toHaveText("Tidak ada koneksi internet");
  } finally {
    await guideContext.close();
    await questionnaireContext.close();
    await server.stop();
  }
});

test("service worker didaftarkan 2 detik sesudah halaman dimuat, tidak selagi kuesioner mulai", async ({ browser }) => {
  const pages = samplePages(root);
  const server = await startStaticServer({ root, prefix: builtBase(root) });
  const context = await browser.newContext();
  try {
    const requested = recordRequests(context);
    const page = await context.newPage();
    // The page's timers run on a paused fake clock, so "2 s after load" is checked without waiting or racing (an
    // installed clock otherwise keeps ticking in real time, and a slow load alone used up the 2 s).
    await page.clock.install({ time: 0 });
    await page.clock.pauseAt(1_000);
    await page.goto(server.url + pages.questionnaires[0], { waitUntil: "load" });
    await page.clock.runFor(1_900);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r === undefined))).toBe(
      true,
    );
    expect(requested.filter((u) => u.endsWith("/sw.js"))).toEqual([]);
    // Past 2 s and the idle callback's deadline, the worker registers and takes over as before.
    await page.clock.runFor(4_000);
    await page.clock.resume();
    await controlled(page);
    expect(requested.filter((u) => u.endsWith("/sw.js")).length).toBeGreaterThan(0);
    await expect(page.getByRole("button", { name: "Lanjut" })).toBeVisible();
  } finally {
    await context.close();
    await server.stop();
  }
});

test("dengan Save-Data, membuka kuesioner menyimpan hanya halaman yang dibuka", async ({ browser }) => {
  const pages = samplePages(root);
  const server = await startStaticServer({ root, prefix: builtBase(root) });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url + pages.guide);
    await controlled(page);
    // The worker has finished with the first page: it is stored with the styles and icons it loaded.
    const guideHtml = readFileSync(join(root, pages.guide, "index.html"), "utf8");
    const guideLooks = htmlAssetRefs(guideHtml, server.url + pages.guide, builtBase(root), { code: false });
    await expect
      .poll(async () => {
        const cached = new Set(await cachedUrls(page));
        return [server.url + pages.guide, ...guideLooks].filter((u) => !cached.has(u));
      })
      .toEqual([]);
    // The browser's data saver sends "Save-Data: on" with every request from now on.
    await context.setExtraHTTPHeaders({ "Save-Data": "on" });
    const requested = recordRequests(context);
    const [first, ...others] = pages.questionnaires;
    await page.goto(server.url + first);
    await expect(page.getByRole("button", { name: "Lanjut" })).toBeVisible();
    await expect.poll(async () => (await cachedUrls(page)).includes(server.url + first)).toBe(true);
    // Nothing was fetched that the questionnaire page did not load itself.
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    const own = new Set([server.url + first, ...loaded]);
    expect(requested.filter((u) => !own.has(u))).toEqual([]);
    const cached = await cachedUrls(page);
    for (const q of [...others, ""])
      expect(cached, "halaman lain kuesioner tidak disimpan").not.toContain(server.url + q);
    expect(cached.filter((u) => /\/_astro\/radar[^/]*\.js$/.test(u))).toEqual([]);
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
