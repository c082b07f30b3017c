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

/** The cards the explorer shows (it hides the others; it never draws a card). */
const results = (page: Page) => page.locator("#cx-results > li:not([hidden]) h3 a");
const status = (page: Page) => page.locator(".cx-count");

async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await results(page).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace(/\/$/, "").split("/").pop() ?? "").sort();
}

/** Wakes the explorer as a reader would, with the pointer over its controls, and waits for it to take over. */
async function wakeExplorer(page: Page): Promise<void> {
  await page.locator(".cx-controls").hover();
  await expect(page.locator(".cx-facets[role=group]")).toBeAttached({ timeout: 30_000 });
}

/** Opens the explorer, woken (a URL with a view wakes it by itself). */
async function openExplorer(page: Page, query = ""): Promise<void> {
  await page.goto(`studi-kasus/${query}`);
  if (query) await expect(page.locator(".cx-facets[role=group]")).toBeAttached({ timeout: 30_000 });
  else await wakeExplorer(page);
}

/** A facet's button in the explorer's row ("Sektor", "Sektor · 1 dipilih"). */
function toggle(page: Page, title: string): Locator {
  return page.locator(".cx-facets .cx-toggle").filter({ hasText: new RegExp(`^${title}`) });
}

/** Opens a facet's panel (closing any other) and returns it. */
async function openFacet(page: Page, title: string): Promise<Locator> {
  const button = toggle(page, title);
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  return page.locator(`#${await button.getAttribute("aria-controls")}`);
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
  const sectorsAgain = await openFacet(page, "Sektor");
  await expect(sectorsAgain.locator("label", { hasText: /^Persampahan/ })).toHaveText("Persampahan (2)");
  await expect(toggle(page, "Jenis kemitraan")).toHaveText(/^Jenis kemitraan · 1 dipilih/);
  await expect(sectors).toBeVisible();
  await axeLightAndDark(page, "sektor + jenis kemitraan");

  // Sorting: A–Z puts "Sekber Kartamantul…" before "TPPAS…"; newest first puts Legok Nangka's start (2002) later
  // than Piyungan's (2001), so it comes first.
  await page.getByLabel("Urutkan").selectOption("judul");
  await expect(results(page).first()).toHaveAttribute("href", /tpst-piyungan-kartamantul\/$/);
  await page.getByLabel("Urutkan").selectOption("terbaru");
  await expect(results(page).first()).toHaveAttribute("href", /tppas-legok-nangka\/$/);
  expectClean(problems, "/studi-kasus/");
});

test("a query with an affixed form finds the case by its root; search loads on the first keystroke", async ({
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
  // The first keystroke brought the case shard of the search index and more script (stemmer, engine).
  expect(requests.filter((u) => u.includes("search-index"))).toEqual([
    expect.stringMatching(/search-index\/kasus\.json$/),
  ]);
  expect(scripts().length).toBeGreaterThan(scriptsBefore.length);
  await expect(page).toHaveURL(new RegExp(`\\?q=${AFFIXED_QUERY}$`));
  // With a query the sort offers (and uses) the best match.
  await expect(page.getByLabel("Urutkan")).toHaveValue("relevan");
  await axeLightAndDark(page, "kueri berimbuhan");

  // A misspelt word finds the case through fuse, loaded once a word matched no spelling of the index (here already
  // while typing: "penerangann" begins no spelling).
  await box.fill("peneranganya");
  await expect(status(page)).toHaveText(`Menampilkan 1 dari ${total} studi kasus untuk “peneranganya”.`);
  expect(await resultIds(page)).toEqual(AFFIXED_MATCHES);
  expect(scripts().filter((u) => /\/fuzzy\.[\w-]+\.js$/.test(u))).toHaveLength(1);

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
  // The first group with a selection arrives open, and every group says what is chosen, so the reader sees why
  // the list is short.
  await expect(toggle(other, "Sektor")).toHaveAttribute("aria-expanded", "true");
  await expect(toggle(other, "Sektor")).toHaveText(/ · 1 dipilih/);
  await expect(toggle(other, "Jenis kemitraan")).toHaveText(/ · 1 dipilih/);
  await expect(option(await openFacet(other, "Sektor"), "Persampahan")).toBeChecked();
  await expect(option(await openFacet(other, "Jenis kemitraan"), "Pemerintah–swasta")).toBeChecked();
  await axeLightAndDark(other, "tautan bersama");
  expectClean(problems, shared);
  await context.close();

  // Back: the whole typed word was one step, then each checkbox was one.
  await page.goBack();
  await expect(page).toHaveURL(/\?sektor=persampahan&mitra=pemerintah-swasta$/);
  await expect(page.getByLabel("Cari di studi kasus")).toHaveValue("");
  await page.goBack();
  await expect(page).toHaveURL(/\?sektor=persampahan$/);
  await expect(option(await openFacet(page, "Jenis kemitraan"), "Pemerintah–swasta")).not.toBeChecked();
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus.`);
  await page.goBack();
  await expect(page).toHaveURL(/\/studi-kasus\/$/);
  await expect(results(page)).toHaveCount(total);
  await page.goForward();
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus.`);
  await expect(option(await openFacet(page, "Sektor"), "Persampahan")).toBeChecked();
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

  await tabTo(page, toggle(page, "Sektor"));
  expect(await focusOutline(page), "fokus terlihat pada tombol facet").not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(toggle(page, "Sektor")).toHaveAttribute("aria-expanded", "true");
  await tabTo(page, option(page.locator("#cx-panel-sektor"), "Persampahan"));
  await page.keyboard.press("Space");
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus untuk “sampah”.`);
  expect(await focusOutline(page), "fokus terlihat pada kotak centang").not.toBe("none");

  // Escape closes the panel and gives the focus back to its button.
  await page.keyboard.press("Escape");
  await expect(toggle(page, "Sektor")).toBeFocused();
  await expect(page.locator("#cx-panel-sektor")).toHaveCount(0);

  await tabTo(page, toggle(page, "Tahun"));
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

test("the explorer adopts the server's list: nothing changes before the reader acts, and the cards stay the same nodes", async ({
  page,
}) => {
  // Every change to the static controls and the list is counted from the moment the page is parsed.
  await page.addInitScript(() => {
    const w = window as unknown as { __changes: number };
    w.__changes = 0;
    document.addEventListener("DOMContentLoaded", () => {
      const observer = new MutationObserver((records) => (w.__changes += records.length));
      for (const el of [document.querySelector(".cx-root"), document.getElementById("cx-results")])
        if (el) observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const total = await caseCount(page);
  requests.length = 0;
  await page.goto("studi-kasus/");
  // Hydrated (Astro drops "ssr" from the island) and quiet, yet untouched: no data fetched, no node changed.
  await expect(page.locator("astro-island:has(.cx-root)")).not.toHaveAttribute("ssr");
  await page.waitForLoadState("networkidle");
  expect(requests.filter((u) => u.endsWith("/data.json"))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __changes: number }).__changes)).toBe(0);
  await page.evaluate(() =>
    document
      .querySelectorAll("#cx-results > li")
      .forEach((li, i) => ((li as unknown as { __server: number }).__server = i)),
  );

  // The first interaction wakes it; the default view it then shows is the server's, so the list is not touched.
  await wakeExplorer(page);
  await expect(status(page)).toHaveText(`Menampilkan semua ${total} studi kasus.`);
  const listChanges = () =>
    page.evaluate(() => {
      const cards = [...document.querySelectorAll("#cx-results > li")];
      return { cards: cards.length, server: cards.filter((li) => "__server" in li).length };
    });
  expect(await listChanges()).toEqual({ cards: total, server: total });

  // Filtering hides and reorders the server's cards; no card is drawn again.
  await option(await openFacet(page, "Sektor"), "Persampahan").check();
  await expect(results(page)).toHaveCount(3);
  await page.getByLabel("Urutkan").selectOption("judul");
  // Newest first was Legok Nangka (2002); A–Z puts "Sekber Kartamantul…" first: the cards were moved, not redrawn.
  await expect(results(page).first()).toHaveAttribute("href", /tpst-piyungan-kartamantul\/$/);
  expect(await listChanges()).toEqual({ cards: total, server: total });
  await page.locator(".cx-bar").getByRole("button", { name: "Atur ulang filter" }).click();
  await expect(results(page)).toHaveCount(total);
  // Back in the default order, the first card is the very node the server sent first.
  expect(
    await page.evaluate(
      () => (document.querySelector("#cx-results > li:not([hidden])") as unknown as { __server?: number }).__server,
    ),
  ).toBe(0);
});

test("on a narrow screen the explorer keeps its facets behind “Saring”, and an open facet passes axe", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const total = await caseCount(page);
  await openExplorer(page);
  await expect(toggle(page, "Sektor")).toBeHidden();
  await page.locator(".cx-filter > summary").click();
  const sectors = await openFacet(page, "Sektor");
  await option(sectors, "Persampahan").check();
  await expect(status(page)).toHaveText(`Menampilkan 3 dari ${total} studi kasus.`);
  // The summary says a filter is on even when the facets are folded away again.
  await expect(page.locator(".cx-filter > summary")).toHaveText(/ · 1 dipilih/);
  await axeLightAndDark(page, "penjelajah 360 px");
});

test("when the data cannot load, the static list and links stay and a notice says so", async ({ page }) => {
  await page.route("**/studi-kasus/data.json", (route) => route.abort());
  const total = (await page.request.get("studi-kasus/data.json").then((r) => r.json())) as unknown[];
  await page.goto("studi-kasus/");
  await page.locator(".cx-controls").hover();
  await expect(page.getByRole("status").filter({ hasText: "Penyaring interaktif tidak dapat dimuat" })).toBeVisible();
  await expect(page.locator("#cx-results > li:not([hidden])")).toHaveCount(total.length);
  await expect(page.locator("nav.cx-facets a").first()).toHaveAttribute("href", /\/studi-kasus\/sektor\//);
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

  test("on a narrow screen the facets wait behind one “Saring” disclosure, and the first case is on the first screen", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("studi-kasus/");
    const sector = page.locator(".cx-facets summary", { hasText: "Sektor" });
    await expect(sector).toBeHidden();
    const firstCard = page.locator("main .card-list > li").first();
    expect((await firstCard.boundingBox())?.y ?? Infinity).toBeLessThan(800);
    await page.locator("summary", { hasText: "Saring" }).click();
    await sector.click();
    await expect(page.getByRole("link", { name: "Persampahan (3)" })).toBeVisible();
  });
});

// axe needs JavaScript in the page, so the static state is checked with every script file refused instead: the
// island never loads and the page is what a reader without JavaScript gets.
test("the static list, its open facet groups and a facet page pass axe", async ({ page }) => {
  await page.route("**/*.js", (route) => route.abort());
  await page.goto("studi-kasus/");
  await expect(page.locator("nav.cx-facets")).toBeVisible();
  // One facet group open (opening another closes it), and the charts' data tables.
  await page.locator("nav.cx-facets summary", { hasText: "Sektor" }).click();
  for (const summary of await page.locator("main .cx-dist details > summary").all()) await summary.click();
  await axeLightAndDark(page, "daftar statis");
  await page.setViewportSize({ width: 360, height: 800 });
  await axeLightAndDark(page, "daftar statis 360 px");
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
