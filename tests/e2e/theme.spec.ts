import { expect, test } from "@playwright/test";

test("the theme toggle is keyboard operable and the choice survives navigation without a flash", async ({ page }) => {
  await page.goto("./");
  const toggle = page.getByRole("button", { name: "Mode gelap" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  // The inline head script applies the saved theme before first paint: check the attribute at DOMContentLoaded.
  await page.goto("panduan/", { waitUntil: "commit" });
  await page.waitForFunction(() => document.readyState !== "loading");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
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

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("panduan/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke konten" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#konten")).toBeFocused();
});
