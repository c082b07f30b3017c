import { expect, test, type Page } from "@playwright/test";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";

const guide = "panduan/langkah-evaluasi-berkala/";

// axe runs are slow on a busy machine; this bounds the wait, it does not measure speed.
test.describe.configure({ timeout: 120_000 });
const dialog = (page: Page) => page.getByRole("dialog", { name: "Cari di SiapMitra" });
const searchBox = (page: Page) => dialog(page).getByRole("searchbox", { name: "Kata kunci" });
const resultList = (scope: Page | ReturnType<Page["locator"]>) => scope.getByRole("list", { name: "Hasil pencarian" });
/** The rows of a result list (one per page), each a list item. */
const rows = (scope: Page | ReturnType<Page["locator"]>) => resultList(scope).locator(":scope > li");
const mainBox = (page: Page) => page.getByRole("main").getByRole("searchbox", { name: "Kata kunci" });
const status = (scope: Page | ReturnType<Page["locator"]>) => scope.getByRole("status");

async function openDialog(page: Page, query: string) {
  await page.goto(guide);
  await page.getByRole("link", { name: "Cari" }).click();
  await searchBox(page).fill(query);
  await expect(status(dialog(page))).toContainText(`untuk “${query}”`);
}

test.describe("search dialog", () => {
  test("a reading page loads no script file until search is used", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(guide);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("script[src], link[rel=modulepreload]").count()).toBe(0);
    expect(scripts).toEqual([]);
    await page.getByRole("link", { name: "Cari" }).click();
    await expect(dialog(page)).toBeVisible();
    expect(scripts.length).toBeGreaterThan(0);
  });

  test("opens by click, finds an affixed form, closes with Escape and returns focus", async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto(guide);
    const trigger = page.getByRole("link", { name: "Cari" });
    await trigger.click();
    await expect(dialog(page)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${guide}$`));
    await expect(searchBox(page)).toBeFocused();
    await searchBox(page).fill("kemitraannya");
    await expect(status(dialog(page))).toContainText("hasil untuk “kemitraannya”");
    await expect(rows(dialog(page)).first()).toBeVisible();
    // Snippets arrive after the index and mark the matched words.
    await expect(dialog(page).locator("mark").first()).toBeVisible();
    await expectNoAxeViolations(page, "dialog with results");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();
    expectClean(problems, "search dialog");
  });

  test('opens with "/" and with Ctrl+K', async ({ page }) => {
    await page.goto(guide);
    await page.locator("main").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue("");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press("Control+k");
    await expect(searchBox(page)).toBeFocused();
    // Closing and reopening at once (before the dialog's queued close event) still lands in the search box.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+k");
    await expect(dialog(page)).toBeVisible();
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    // After hydration the shortcuts still work, also in dark mode.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.keyboard.press("/");
    await searchBox(page).fill("sampah");
    await expect(rows(dialog(page)).filter({ hasText: "Studi kasus" }).first()).toBeVisible();
    await expectNoAxeViolations(page, "dialog, dark");
  });

  test("one ranked list: a case can come first, each row carries its kind as a label", async ({ page }) => {
    await openDialog(page, "magang mahasiswa");
    const first = rows(dialog(page)).first();
    await expect(first.getByRole("link").first()).toContainText("Kedaireka");
    await expect(first).toContainText("Studi kasus");
    // Other kinds follow in the same list, not in groups.
    await expect(rows(dialog(page)).filter({ hasText: "Istilah" }).first()).toBeVisible();
    await expect(dialog(page).getByRole("heading", { name: /^Panduan|^Studi kasus/ })).toHaveCount(0);
  });

  test("a glossary term, its abbreviation or a synonym puts the entry first", async ({ page }) => {
    await openDialog(page, "PPP");
    await expect(rows(dialog(page)).first()).toContainText("KPBU (Kerja Sama Pemerintah dengan Badan Usaha)");
    await searchBox(page).fill("arti wanprestasi");
    await expect(rows(dialog(page)).first().getByRole("link").first()).toHaveAttribute(
      "href",
      /\/glosarium\/#wanprestasi$/,
    );
  });

  test("arrow keys move through results and Enter opens one", async ({ page }) => {
    await openDialog(page, "PPP");
    const results = dialog(page).locator("[data-search-result]");
    await expect(results.first()).toBeVisible();
    await searchBox(page).focus();
    await page.keyboard.press("ArrowDown");
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    const href = await results.nth(0).getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  });

  test("the type filters are one radio group: Tab reaches it, arrow keys change the kind", async ({ page }) => {
    await openDialog(page, "kemitraan");
    const filters = dialog(page).getByRole("group", { name: "Jenis halaman" });
    const all = filters.getByRole("radio", { name: /^Semua/ });
    await expect(all).toBeChecked();
    await searchBox(page).focus();
    await page.keyboard.press("Tab");
    await expect(all).toBeFocused();
    await page.keyboard.press("ArrowRight");
    const second = filters.getByRole("radio").nth(1);
    await expect(second).toBeChecked();
    const kind = (await filters.locator("label").nth(1).innerText()).replace(/ \(.*$/, "");
    await expect(status(dialog(page))).toContainText(`dari`);
    for (const row of await rows(dialog(page)).all()) await expect(row).toContainText(kind);
    await expectNoAxeViolations(page, "dialog with a type filter");
  });

  test("fuse (typo matching) loads only for a word no spelling of the index equals or begins", async ({ page }) => {
    const fuzzy: string[] = [];
    page.on("request", (r) => {
      if (/\/fuzzy\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) fuzzy.push(r.url());
    });
    await openDialog(page, "kemitraan");
    for (const query of ["kemit", "bermitra dengan kampus"]) {
      await searchBox(page).fill(query);
      await expect(status(dialog(page))).toContainText(`hasil untuk “${query}”`);
    }
    expect(fuzzy).toEqual([]);
    await searchBox(page).fill("stuntng");
    await expect(status(dialog(page))).toContainText("hasil untuk “stuntng”");
    await expect(rows(dialog(page)).first()).toContainText(/stunting/i);
    expect(fuzzy).toHaveLength(1);
  });

  test("shows the no-result state with suggestions from the index's words", async ({ page }) => {
    await openDialog(page, "resep rendang");
    await expect(status(dialog(page))).toHaveText("Tidak ada hasil untuk “resep rendang”.");
    await searchBox(page).fill("evluasu");
    await expect(status(dialog(page))).toHaveText("Tidak ada hasil untuk “evluasu”.");
    const suggestion = dialog(page).getByRole("link", { name: "evaluasi" });
    await expect(dialog(page).getByText("Mungkin maksud Anda:")).toBeVisible();
    await suggestion.click();
    await expect(searchBox(page)).toHaveValue("evaluasi");
    await expect(rows(dialog(page)).first()).toBeVisible();
    await expectNoAxeViolations(page, "dialog, no results");
  });

  test("the dialog and /cari/ show the same count and the same first results", async ({ page }) => {
    await openDialog(page, "indikator");
    const count = (await status(dialog(page)).innerText()).replace(/ hasil.*/, "");
    const firstDialog = await dialog(page)
      .locator("[data-search-result]")
      .evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute("href")));
    await dialog(page)
      .getByRole("link", { name: new RegExp(`Lihat semua ${count} hasil`) })
      .click();
    await expect(page).toHaveURL(/\/cari\/\?q=indikator$/);
    await expect(status(page.getByRole("main"))).toHaveText(`${count} hasil untuk “indikator”.`);
    const firstPage = await page
      .getByRole("main")
      .locator("[data-search-result]")
      .evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute("href")));
    expect(firstPage).toEqual(firstDialog);
  });
});

test.describe("/cari/ results page", () => {
  test("on a phone nothing below the box moves as it appears, and the index loads only once the box is used", async ({
    page,
  }) => {
    const index: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("search-index")) index.push(r.url());
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.shifts += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("cari/");
    const box = mainBox(page);
    await expect(box).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    expect(index).toEqual([]);
    await Promise.all([page.waitForRequest(/search-index\/semua\.json/), box.focus()]);
    await box.fill("kpbu");
    await expect(status(page.getByRole("main"))).toContainText("hasil untuk “kpbu”");
    // The index first, then the snippet sentences.
    await expect
      .poll(() => index.map((u) => new URL(u).pathname.replace(/^.*search-index\//, "")))
      .toEqual(["semua.json", "kalimat/semua.json"]);
  });

  test("reads ?q=, keeps the query and the kind in the URL and survives back/forward", async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto("cari/?q=sampah");
    const box = mainBox(page);
    await expect(box).toHaveValue("sampah");
    const main = page.getByRole("main");
    await expect(resultList(main).getByRole("link", { name: /Legok Nangka/ })).toBeVisible();
    await expectNoAxeViolations(page, "/cari/ with results");

    await box.fill("air minum");
    await box.press("Enter");
    await expect(page).toHaveURL(/\?q=air\+minum$/);
    await expect(
      resultList(main)
        .getByRole("link", { name: /Umbulan/ })
        .first(),
    ).toBeVisible();

    await main
      .getByRole("group", { name: "Jenis halaman" })
      .getByText(/^Studi kasus/)
      .click();
    await expect(page).toHaveURL(/\?q=air\+minum&jenis=kasus$/);
    for (const row of await rows(main).all()) await expect(row).toContainText("Studi kasus");

    await page.goBack();
    await expect(page).toHaveURL(/\?q=air\+minum$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=sampah$/);
    await expect(box).toHaveValue("sampah");
    await expect(resultList(main).getByRole("link", { name: /Legok Nangka/ })).toBeVisible();
    await page.goForward();
    await expect(box).toHaveValue("air minum");

    // Open a result, come back: the query and its results are still there.
    await resultList(main)
      .getByRole("link", { name: /Umbulan/ })
      .first()
      .click();
    await expect(page).toHaveURL(/spam-umbulan\//);
    await page.goBack();
    await expect(mainBox(page)).toHaveValue("air minum");
    await expect(
      resultList(page.getByRole("main"))
        .getByRole("link", { name: /Umbulan/ })
        .first(),
    ).toBeVisible();
    expectClean(problems, "/cari/");
  });

  test("a guide is one row: its best section linked, up to two more as sub-links", async ({ page }) => {
    await page.goto("cari/?q=evaluasi%20berkala");
    const main = page.getByRole("main");
    const guideRows = rows(main).filter({ hasText: "Evaluasi berkala" });
    await expect(guideRows.first()).toBeVisible();
    const hrefs = await resultList(main)
      .locator(":scope > li > a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((h) => h.endsWith("/panduan/langkah-evaluasi-berkala/"))).toHaveLength(1);
    const sub = guideRows.first().getByText("Bagian lain:");
    await expect(sub).toBeVisible();
    expect(await guideRows.first().locator(".search-sections a").count()).toBeLessThanOrEqual(2);
  });

  test("a query with no complete match still shows the closest pages", async ({ page }) => {
    await page.goto("cari/?q=akses%20internet%20di%20daerah%20terpencil");
    await expect(rows(page.getByRole("main")).first()).toContainText("SATRIA-1");
  });

  test('says "Tidak ada hasil", offers suggestions, and shows the site links once', async ({ page }) => {
    await page.goto("cari/?q=kriptokurensi");
    const main = page.getByRole("main");
    await expect(status(main)).toHaveText("Tidak ada hasil untuk “kriptokurensi”.");
    await expect(main.getByRole("link", { name: "Daftar studi kasus" })).toHaveCount(1);
    await expect(main.getByRole("link", { name: "Glosarium", exact: true })).toHaveCount(1);
    await expectNoAxeViolations(page, "/cari/ no results");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, "/cari/ no results, dark", themeRules);
    await mainBox(page).fill("evluasu");
    await main.getByRole("link", { name: "evaluasi" }).click();
    await expect(page).toHaveURL(/\?q=evaluasi$/);
    await expect(rows(main).first()).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/cari/ explains what to do and lists every page of the site", async ({ page }) => {
    await page.goto("cari/?q=sampah");
    await expect(page.getByText("Pencarian memerlukan JavaScript.")).toBeVisible();
    const browse = page.getByRole("navigation", { name: "Telusuri isi situs" });
    await expect(browse.getByRole("link", { name: "Daftar studi kasus" })).toBeVisible();
    await expect(browse.getByRole("link", { name: "Glosarium" })).toBeVisible();
    await browse.getByText(/^Daftar semua halaman \(\d+\)$/).click();
    await expect(browse.getByRole("link", { name: "TPPAS Regional Legok Nangka" })).toBeVisible();
    await expect(browse.getByRole("link", { name: /^Wanprestasi/ })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  });

  test("the explorer's search form and the header link lead to that page", async ({ page }) => {
    await page.goto("studi-kasus/");
    await page.getByLabel("Cari di seluruh situs").fill("sampah");
    await page.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL(/\/cari\/\?q=sampah$/);
    await expect(page.getByText(/^Daftar semua halaman \(\d+\)$/)).toBeVisible();
    await page.goto(guide);
    await page.getByRole("link", { name: "Cari" }).click();
    await expect(page).toHaveURL(/\/cari\/$/);
  });
});
