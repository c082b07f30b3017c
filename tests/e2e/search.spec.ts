import { expect, test, type Page } from "@playwright/test";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";

const guide = "panduan/langkah-evaluasi-berkala/";

// axe runs are slow on a busy machine; this bounds the wait, it does not measure speed.
test.describe.configure({ timeout: 120_000 });
const dialog = (page: Page) => page.getByRole("dialog", { name: "Cari di SiapMitra" });
const searchBox = (page: Page) => dialog(page).getByRole("searchbox", { name: "Kata kunci" });

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
    await expect(dialog(page).getByRole("status")).toContainText("hasil untuk “kemitraannya”");
    const panduan = dialog(page).getByRole("region", { name: /Panduan/ });
    await expect(panduan.getByRole("link", { name: /Jenis mitra/ }).first()).toBeVisible();
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
    await expect(dialog(page).getByRole("region", { name: /Studi kasus/ })).toBeVisible();
    await expectNoAxeViolations(page, "dialog, dark");
  });

  test("arrow keys move through results and Enter opens one", async ({ page }) => {
    await page.goto(guide);
    await page.getByRole("link", { name: "Cari" }).click();
    await searchBox(page).fill("PPP");
    const results = dialog(page).locator("[data-search-result]");
    await expect(results.first()).toBeVisible();
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

  test("shows the no-result state", async ({ page }) => {
    await page.goto(guide);
    await page.getByRole("link", { name: "Cari" }).click();
    await searchBox(page).fill("resep rendang");
    await expect(dialog(page).getByRole("status")).toHaveText("Tidak ada hasil untuk “resep rendang”.");
    await expectNoAxeViolations(page, "dialog, no results");
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
    const box = page.getByRole("searchbox", { name: "Kata kunci" });
    await expect(box).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    expect(index).toEqual([]);
    await Promise.all([page.waitForRequest(/search-index\//), box.focus()]);
    await box.fill("kpbu");
    await expect(page.getByRole("status")).toContainText("hasil untuk “kpbu”");
  });

  test("reads ?q=, keeps the query in the URL and survives back/forward", async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto("cari/?q=sampah");
    const box = page.getByRole("main").getByRole("searchbox", { name: "Kata kunci" });
    await expect(box).toHaveValue("sampah");
    const cases = page.getByRole("region", { name: /Studi kasus/ });
    await expect(cases.getByRole("link", { name: /Legok Nangka/ })).toBeVisible();
    await expectNoAxeViolations(page, "/cari/ with results");

    await box.fill("air minum");
    await box.press("Enter");
    await expect(page).toHaveURL(/\?q=air\+minum$/);
    await expect(cases.getByRole("link", { name: /Umbulan/ })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?q=sampah$/);
    await expect(box).toHaveValue("sampah");
    await expect(cases.getByRole("link", { name: /Legok Nangka/ })).toBeVisible();
    await page.goForward();
    await expect(box).toHaveValue("air minum");

    // Open a result, come back: the query and its results are still there.
    await cases.getByRole("link", { name: /Umbulan/ }).click();
    await expect(page).toHaveURL(/studi-kasus\/spam-umbulan\/$/);
    await page.goBack();
    await expect(page.getByRole("main").getByRole("searchbox", { name: "Kata kunci" })).toHaveValue("air minum");
    await expect(
      page.getByRole("region", { name: /Studi kasus/ }).getByRole("link", { name: /Umbulan/ }),
    ).toBeVisible();
    expectClean(problems, "/cari/");
  });

  test('says "Tidak ada hasil" and offers the guide sections, cases and glossary', async ({ page }) => {
    await page.goto("cari/?q=kriptokurensi");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Tidak ada hasil untuk “kriptokurensi”.");
    const empty = page.locator(".search-empty");
    await expect(empty.getByRole("link", { name: "Daftar studi kasus" })).toBeVisible();
    await expect(empty.getByRole("link", { name: "Glosarium" })).toBeVisible();
    await expect(empty.getByRole("link", { name: /Panduan: Langkah implementasi/ })).toBeVisible();
    await expectNoAxeViolations(page, "/cari/ no results");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, "/cari/ no results, dark", themeRules);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/cari/ explains that search needs JavaScript and offers links", async ({ page }) => {
    await page.goto("cari/");
    await expect(page.getByText("Pencarian memerlukan JavaScript.")).toBeVisible();
    const browse = page.getByRole("navigation", { name: "Telusuri isi situs" });
    await expect(browse.getByRole("link", { name: "Daftar studi kasus" })).toBeVisible();
    await expect(browse.getByRole("link", { name: "Glosarium" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    // axe needs JavaScript in the page, so this state is checked by the structure above only.
  });

  test("the header search link still leads to /cari/", async ({ page }) => {
    await page.goto(guide);
    await page.getByRole("link", { name: "Cari" }).click();
    await expect(page).toHaveURL(/\/cari\/$/);
  });
});
