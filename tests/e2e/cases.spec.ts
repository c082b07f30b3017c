// The case explorer at /studi-kasus/, used as a reader would: with the mouse, with the keyboard only, through a
// shared link, with back/forward, and without JavaScript. axe runs in every state, in light and dark.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";

// The service worker would answer requests that page.route is meant to refuse; these tests do not need it.
test.use({ serviceWorkers: "block" });

// Each test runs axe several times (light and dark per state); give them room on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

/** Cases that are both "Persampahan" and "Pemerintah–swasta" in content/cases (Bantargebang is antardaerah only). */
const WASTE_WITH_PRIVATE = ["tppas-legok-nangka", "tpst-piyungan-kartamantul"];
/** "penerangannya" is not written in any case; its root "terang" is, in the street-lighting case only. */
const AFFIXED_QUERY = "penerangannya";
const AFFIXED_MATCHES = ["pju-kpbu"];

async function caseCount(page: Page): Promise<number> {
  const response = await page.request.get("studi-kasus/data.json");
  expect(response.ok()).toBe(true);
  return ((await response.json()) as unknown[]).length;
}

const results = (page: Page) => page.locator("#cx-results > li h3 a");
const status = (page: Page) => page.locator(".cx-count");

async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await results(page).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace(/\/$/, "").split("/").pop() ?? "").sort();
}

/** The explorer has taken over the static list. */
async function openExplorer(page: Page, query = ""): Promise<void> {
  await page.goto(`studi-kasus/${query}`);
  await expect(page.locator(".cx-facets[role=group]")).toBeVisible({ timeout: 30_000 });
}

function facet(page: Page, title: string): Locator {
  return page
    .locator(".cx-facets details")
    .filter({ has: page.locator("summary", { hasText: new RegExp(`^${title}`) }) });
}

async function openFacet(page: Page, title: string): Promise<Locator> {
  const group = facet(page, title);
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator("summary").click();
  return group;
}

const option = (group: Locator, label: string) =>
  group.getByRole("checkbox", { name: new RegExp(`^${label} \\(\\d+\\)$`) });

async function axeLightAndDark(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ colorScheme: "light" });
  await expectNoAxeViolations(page, `${label} (terang)`);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, `${label} (gelap)`, themeRules);
  await page.emulateMedia({ colorScheme: "light" });
}

test("filtering by a sector and a partner type gives exactly the expected cases, with live counts", async ({
  page,
}) => {
  const problems = await watchPage(page);
  const total = await caseCount(page);
  await openExplorer(page);
  await expect(status(page)).toHaveText(`Menampilkan semua ${total} studi kasus.`);
  await expect(results(page)).toHaveCount(total);
  await axeLightAndDark(page, "penjelajah awal");

  const sectors = await openFacet(page, "Sektor");
  await option(sectors, "Persampahan").check();
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus.`);
  await expect(page).toHaveURL(/\?sektor=persampahan$/);

  const partners = await openFacet(page, "Jenis kemitraan");
  // The count beside each partner type already reflects the sector chosen.
  await expect(option(partners, "Pemerintah–swasta")).toBeVisible();
  await expect(partners.locator("label", { hasText: /^Pemerintah–swasta/ })).toHaveText("Pemerintah–swasta (2)");
  await expect(partners.locator("label", { hasText: /^Antardaerah/ })).toHaveText("Antardaerah (3)");
  await option(partners, "Pemerintah–swasta").check();

  await expect(status(page)).toHaveText(`Menampilkan 2 dari ${total} studi kasus.`);
  // Screen readers hear the same sentence from the polite live region once the view has settled.
  await expect(page.locator(".cx [role=status]")).toHaveText(`Menampilkan 2 dari ${total} studi kasus.`);
  expect(await resultIds(page)).toEqual(WASTE_WITH_PRIVATE);
  await expect(page).toHaveURL(/\?sektor=persampahan&mitra=pemerintah-swasta$/);
  // Counts of the other facets follow too: only the two cases remain, so "Persampahan" offers 2.
  await expect(sectors.locator("label", { hasText: /^Persampahan/ })).toHaveText("Persampahan (2)");
  await axeLightAndDark(page, "sektor + jenis kemitraan");

  // Sorting: A–Z puts "Sekber Kartamantul…" before "TPPAS…"; newest first puts Legok Nangka's start (2002) later
  // than Piyungan's (2001), so it comes first.
  await page.getByLabel("Urutkan").selectOption("judul");
  await expect(results(page).first()).toHaveAttribute("href", /tpst-piyungan-kartamantul\/$/);
  await page.getByLabel("Urutkan").selectOption("terbaru");
  await expect(results(page).first()).toHaveAttribute("href", /tppas-legok-nangka\/$/);
  expectClean(problems, "/studi-kasus/");
});

test("a query with an affixed form finds the case by its root; fuse loads only on the first keystroke", async ({
  page,
}) => {
  const problems = await watchPage(page);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const scripts = () => requests.filter((u) => u.endsWith(".js"));
  const total = await caseCount(page);
  await openExplorer(page);
  await expect(results(page)).toHaveCount(total);
  expect(
    requests.filter((u) => u.includes("search-index")),
    "no index before typing",
  ).toEqual([]);
  const scriptsBefore = scripts();

  const box = page.getByLabel("Cari di studi kasus");
  await box.pressSequentially(AFFIXED_QUERY);
  await expect(status(page)).toHaveText(`Menampilkan 1 dari ${total} studi kasus untuk “${AFFIXED_QUERY}”.`);
  expect(await resultIds(page)).toEqual(AFFIXED_MATCHES);
  // The first keystroke brought the case shard of the search index and more script (fuse, stemmer, engine).
  expect(requests.filter((u) => u.includes("search-index"))).toEqual([
    expect.stringMatching(/search-index\/kasus\.json$/),
  ]);
  expect(scripts().length).toBeGreaterThan(scriptsBefore.length);
  await expect(page).toHaveURL(new RegExp(`\\?q=${AFFIXED_QUERY}$`));
  // With a query the sort offers (and uses) the best match.
  await expect(page.getByLabel("Urutkan")).toHaveValue("relevan");
  await axeLightAndDark(page, "kueri berimbuhan");

  // A query plus a facet, combined with AND: "pengelolaan sampah" (roots "kelola", "sampah") in the environment sector.
  await box.fill("pengelolaan sampah");
  const sectors = await openFacet(page, "Sektor");
  await option(sectors, "Lingkungan").check();
  expect(await resultIds(page)).toEqual(["citarum-harum"]);

  // Nothing matches: the empty state offers a reset, and the reset brings every case back.
  await box.fill("zzqxv");
  await expect(status(page)).toHaveText("Tidak ada studi kasus yang cocok untuk “zzqxv”.");
  await expect(results(page)).toHaveCount(0);
  await axeLightAndDark(page, "hasil kosong");
  await page.locator(".cx-empty").getByRole("button", { name: "Atur ulang filter" }).click();
  await expect(results(page)).toHaveCount(total);
  await expect(box).toHaveValue("");
  await expect(page).toHaveURL(/\/studi-kasus\/$/);
  await expect(page.getByRole("heading", { name: "Daftar studi kasus" })).toBeFocused();
  expectClean(problems, "/studi-kasus/ (cari)");
});

test("a shared URL opens the same view, and back/forward step through the views", async ({ browser, page }) => {
  const total = await caseCount(page);
  await openExplorer(page);
  const sectors = await openFacet(page, "Sektor");
  await option(sectors, "Persampahan").check();
  const partners = await openFacet(page, "Jenis kemitraan");
  await option(partners, "Pemerintah–swasta").check();
  await page.getByLabel("Cari di studi kasus").pressSequentially("sampah");
  await expect(status(page)).toHaveText(`Menampilkan 2 dari ${total} studi kasus untuk “sampah”.`);
  const shared = page.url();
  const view = await resultIds(page);
  expect(view).toEqual(WASTE_WITH_PRIVATE);

  // Someone else opens the link in a fresh browser.
  const context = await browser.newContext();
  const other = await context.newPage();
  const problems = await watchPage(other);
  await other.goto(shared);
  await expect(other.locator(".cx-facets[role=group]")).toBeVisible({ timeout: 30_000 });
  await expect(status(other)).toHaveText(`Menampilkan 2 dari ${total} studi kasus untuk “sampah”.`);
  expect(await resultIds(other)).toEqual(view);
  await expect(other.getByLabel("Cari di studi kasus")).toHaveValue("sampah");
  await expect(option(facet(other, "Sektor"), "Persampahan")).toBeChecked();
  await expect(option(facet(other, "Jenis kemitraan"), "Pemerintah–swasta")).toBeChecked();
  // Groups with a selection arrive open, so the reader sees why the list is short.
  expect(await facet(other, "Sektor").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  await axeLightAndDark(other, "tautan bersama");
  expectClean(problems, shared);
  await context.close();

  // Back: the whole typed word was one step, then each checkbox was one.
  await page.goBack();
  await expect(page).toHaveURL(/\?sektor=persampahan&mitra=pemerintah-swasta$/);
  await expect(page.getByLabel("Cari di studi kasus")).toHaveValue("");
  await page.goBack();
  await expect(page).toHaveURL(/\?sektor=persampahan$/);
  await expect(option(facet(page, "Jenis kemitraan"), "Pemerintah–swasta")).not.toBeChecked();
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus.`);
  await page.goBack();
  await expect(page).toHaveURL(/\/studi-kasus\/$/);
  await expect(results(page)).toHaveCount(total);
  await page.goForward();
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus.`);
  await expect(option(facet(page, "Sektor"), "Persampahan")).toBeChecked();
});

test("a URL with unknown or hostile values is cleaned, not trusted", async ({ page }) => {
  const problems = await watchPage(page);
  const total = await caseCount(page);
  await openExplorer(page, "?sektor=persampahan,%3Cimg%20src=x%3E&mitra=tidak-ada&dari=abcd&urut=acak");
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus.`);
  await expect(page.locator(".cx img")).toHaveCount(0);
  expectClean(problems, "URL tidak valid");
});

/** Presses Tab until `target` has the focus, at most `max` times, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab tidak mencapai ${target.toString()}`);
}

const focusOutline = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);

test("everything works with the keyboard only, with a visible focus", async ({ page }) => {
  const total = await caseCount(page);
  await openExplorer(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Langsung ke konten" })).toBeFocused();
  await page.keyboard.press("Enter");

  await tabTo(page, page.locator("#cx-q"));
  await page.keyboard.type("sampah");
  await expect(status(page)).toHaveText(new RegExp(`^Menampilkan \\d+ dari ${total} studi kasus untuk “sampah”\\.$`));

  await tabTo(page, facet(page, "Sektor").locator("summary"));
  expect(await focusOutline(page), "fokus terlihat pada ringkasan").not.toBe("none");
  await page.keyboard.press("Enter");
  await tabTo(page, option(facet(page, "Sektor"), "Persampahan"));
  await page.keyboard.press("Space");
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus untuk “sampah”.`);
  expect(await focusOutline(page), "fokus terlihat pada kotak centang").not.toBe("none");

  await tabTo(page, facet(page, "Tahun").locator("summary"));
  await page.keyboard.press("Enter");
  await tabTo(page, page.locator("#cx-sampai"));
  // Type-ahead on a closed select picks the year, as a keyboard user does.
  await page.keyboard.type("2001");
  await expect(page).toHaveURL(/sampai=2001/);
  await expect(status(page)).toHaveText(`Menampilkan 2 dari ${total} studi kasus untuk “sampah”.`);

  await tabTo(page, page.locator(".cx-bar").getByRole("button", { name: "Atur ulang filter" }));
  await page.keyboard.press("Enter");
  await expect(results(page)).toHaveCount(total);
  await expect(page.getByRole("heading", { name: "Daftar studi kasus" })).toBeFocused();

  // From the list, the first result is reachable and opens its case page.
  await tabTo(page, results(page).first());
  const href = (await results(page).first().getAttribute("href")) ?? "";
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("taking over the static list moves nothing in the page's main content (layout shift measured)", async ({
  page,
}) => {
  // Every layout shift is recorded with the elements it moved; the explorer is judged on shifts that move
  // something inside <main> (the header has islands of its own, reported but not judged here).
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    const w = window as unknown as { __cls: { all: number; main: number } };
    w.__cls = { all: 0, main: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__cls.all += e.value;
        const inMain = (e.sources ?? []).some((s) => !!s.node && !!document.querySelector("main")?.contains(s.node));
        if (inMain) w.__cls.main += e.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const size of [
    { width: 1280, height: 900 },
    { width: 375, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await openExplorer(page);
    await expect(results(page).first()).toBeVisible();
    const cls = await page.evaluate(() => (window as unknown as { __cls: { all: number; main: number } }).__cls);
    console.log(`CLS /studi-kasus/ ${size.width}×${size.height}: halaman ${cls.all}, di <main> ${cls.main}`);
    expect(cls.main).toBe(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the full list, the facet links and the facet pages work, with the chart's data table", async ({ page }) => {
    const total = await caseCount(page);
    await page.goto("studi-kasus/");
    const cards = page.locator("main .card-list > li.case-card");
    await expect(cards).toHaveCount(total);
    // Each card: linked title, summary, sector, partner type, region, years and status.
    const first = cards.first();
    await expect(first.locator("h3 a")).toHaveAttribute("href", /\/studi-kasus\/[a-z0-9-]+\/$/);
    await expect(first.locator("p")).not.toBeEmpty();
    await expect(first.locator(".chips li")).not.toHaveCount(0);
    await expect(page.locator("main .card-list").getByText(/^\d{4}–(\d{4}|kini)$/)).toHaveCount(total);

    // RSS is announced in the head.
    const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(feed).toHaveAttribute("href", /studi-kasus\/rss\.xml$/);

    // The chart: a summary sentence and a data table that links to the facet pages.
    await page.getByText("Tabel data: studi kasus per sektor").click();
    const table = page.getByRole("table", { name: "Jumlah studi kasus per sektor" });
    await expect(table).toBeVisible();
    await expect(table.getByRole("row", { name: /Persampahan 3/ })).toBeVisible();

    // Browse by sector through the static links.
    await page.locator(".cx-facets summary", { hasText: "Sektor" }).click();
    await page.getByRole("link", { name: "Persampahan (3)" }).click();
    await expect(page).toHaveURL(/\/studi-kasus\/sektor\/persampahan\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sektor: Persampahan");
    await expect(page.locator("main .card-list > li")).toHaveCount(3);

    for (const [path, title] of [
      ["mitra/pemerintah-swasta", "Jenis kemitraan: Pemerintah–swasta"],
      ["wilayah/jawa-barat", "Wilayah: Jawa Barat"],
      ["status/dihentikan", "Status: Dihentikan"],
    ] as const) {
      await page.goto(`studi-kasus/${path}/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator("main .card-list > li").first()).toBeVisible();
    }
    await expect(page.locator("main .card-list a[href$='/tpst-piyungan-kartamantul/']")).toHaveCount(1);
  });
});

// axe needs JavaScript in the page, so the static state is checked with every script file refused instead: the
// island never loads and the page is what a reader without JavaScript gets.
test("the static list, its open facet groups and a facet page pass axe", async ({ page }) => {
  await page.route("**/*.js", (route) => route.abort());
  await page.goto("studi-kasus/");
  await expect(page.locator("nav.cx-facets")).toBeVisible();
  for (const summary of await page.locator("main details > summary").all()) await summary.click();
  await axeLightAndDark(page, "daftar statis");
  await page.goto("studi-kasus/sektor/persampahan/");
  await axeLightAndDark(page, "halaman sektor");
});

test("the feed lists every case and the sitemap lists the facet pages", async ({ page }) => {
  const total = await caseCount(page);
  const rss = await (await page.request.get("studi-kasus/rss.xml")).text();
  expect(rss).toContain("<rss");
  expect(rss.match(/<item>/g)?.length).toBe(total);
  expect(rss).toMatch(/<link>https?:\/\/[^<]+\/studi-kasus\/spam-umbulan\/<\/link>/);
  const sitemap = await (await page.request.get("sitemap-0.xml")).text();
  for (const path of ["sektor/persampahan", "mitra/riset", "wilayah/jawa-timur", "status/berjalan"])
    expect(sitemap).toContain(`/studi-kasus/${path}/</loc>`);
});
