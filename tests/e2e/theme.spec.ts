import { expect, test } from "@playwright/test";

test("the theme toggle is keyboard operable and the choice survives navigation without a flash", async ({ page }) => {
  await page.goto("./");
  // The button's name says what a press does, in both states (a name that changes replaces aria-pressed).
  const toggle = page.locator("#tema");
  await expect(toggle).toHaveAccessibleName("Mode gelap");
  await expect(toggle).not.toHaveAttribute("aria-pressed");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAccessibleName("Mode terang");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(toggle).toHaveAccessibleName("Mode gelap");
  await page.keyboard.press("Enter");
  // The inline head script applies the saved theme before first paint: check the attribute at DOMContentLoaded.
  await page.goto("panduan/", { waitUntil: "commit" });
  await page.waitForFunction(() => document.readyState !== "loading");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("#tema")).toHaveAccessibleName("Mode terang");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe("rgb(255, 255, 255)");
});

test("without JavaScript the toggle stays hidden and pages still read in the system theme", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.getByRole("button", { name: "Mode gelap" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe("rgb(255, 255, 255)");
  await context.close();
});

test("in the system's dark theme the toggle offers the light theme from the start", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("./");
  const toggle = page.locator("#tema");
  await expect(toggle).toHaveAccessibleName("Mode terang");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(toggle).toHaveAccessibleName("Mode gelap");
  await context.close();
});

test("on a 360 px phone the header is two rows: brand and tools, then every navigation link", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto("./");
  const header = await page.locator(".site-header").boundingBox();
  const brand = await page.locator(".brand").boundingBox();
  const search = await page.locator(".search-link").boundingBox();
  const toggle = await page.locator("#tema").boundingBox();
  expect(Math.abs(brand!.y + brand!.height / 2 - (search!.y + search!.height / 2))).toBeLessThan(4);
  expect(Math.abs(toggle!.y - search!.y)).toBeLessThan(4);
  // The icon-only theme button keeps its name for screen readers and a 44 px target.
  await expect(page.locator("#tema")).toHaveAccessibleName("Mode gelap");
  expect(toggle!.width).toBeGreaterThanOrEqual(44);
  const links = page.getByRole("navigation", { name: "Menu utama" }).getByRole("link");
  await expect(links).toHaveCount(5);
  const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(new Set(tops).size, "the navigation is one row").toBe(1);
  expect(header!.height).toBeLessThan(120);
  // Keyboard: tabbing to the last link scrolls it into view inside the row, not the page.
  await links.last().focus();
  const last = await links.last().boundingBox();
  expect(last!.x + last!.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("panduan/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke konten" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#konten")).toBeFocused();
});

// The crawl checks dark colours once per page, through the toggle. That stands for the system dark theme too only
// because both resolve the same light-dark() tokens: prove it, element by element, on pages of every kind.
test("the system dark theme and the toggled dark theme paint every element the same", async ({ browser }) => {
  const routes = [
    "./",
    "panduan/manfaat-akses-pendanaan/",
    "panduan/alat-matriks-pemetaan-mitra/",
    "studi-kasus/bandara-komodo/",
    "penilaian/",
  ];
  const paint = () =>
    [...document.querySelectorAll("body, body *")].map((e) => {
      const s = getComputedStyle(e);
      return [s.color, s.backgroundColor, s.borderBlockStartColor, s.outlineColor, s.textDecorationColor].join(" ");
    });
  const system = await browser.newContext({ colorScheme: "dark", reducedMotion: "reduce" });
  const toggled = await browser.newContext({ colorScheme: "light", reducedMotion: "reduce" });
  // The toggle saves its choice; every page must start from the system's light theme.
  await toggled.addInitScript(() => localStorage.clear());
  for (const route of routes) {
    const a = await system.newPage();
    await a.goto(route);
    const b = await toggled.newPage();
    await b.goto(route);
    const light = await b.evaluate(paint);
    await b.getByRole("button", { name: "Mode gelap" }).click();
    await expect(b.getByRole("button", { name: "Mode terang" })).toBeVisible();
    await expect(b.locator("html")).toHaveAttribute("data-theme", "dark");
    const [viaSystem, viaToggle] = [await a.evaluate(paint), await b.evaluate(paint)];
    expect(viaSystem.length, route).toBeGreaterThan(50);
    expect(viaToggle, `${route}: toggled dark differs from system dark`).toEqual(viaSystem);
    expect(viaToggle, `${route}: dark must differ from light`).not.toEqual(light);
    await a.close();
    await b.close();
  }
  await system.close();
  await toggled.close();
});
