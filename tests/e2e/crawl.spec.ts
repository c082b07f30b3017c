// One shared crawl of every sitemap URL: axe in light, emulated dark and toggled dark; in the same pass it fails
// on console errors, requests to other origins and CSP violations, and checks reading pages load no script file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { expectClean, expectNoAxeViolations, watchPage } from "./support/page-checks";
import { pageType } from "../dist/support/site";

const dist = process.env.OUT_DIR ?? "dist";
const routes = readFileSync(join(dist, "sitemap-0.xml"), "utf8")
  .match(/<loc>[^<]+<\/loc>/g)!
  .map((loc) => new URL(loc.slice(5, -6)).pathname)
  .map((path) => path.slice((process.env.BASE_PATH ?? "/").length - 1));
routes.push("/404.html");

const themeRules = ["color-contrast", "link-in-text-block", "target-size"];

test.describe.configure({ mode: "parallel", timeout: 300_000 });

async function visit(browser: Browser, route: string, mode: "terang" | "gelap-sistem" | "gelap-tombol") {
  const context = await browser.newContext({
    reducedMotion: "reduce",
    colorScheme: mode === "gelap-sistem" ? "dark" : "light",
  });
  const page = await context.newPage();
  const problems = await watchPage(page);
  const response = await page.goto(route.slice(1), { waitUntil: "load" });
  expect(response?.status(), `status of ${route}`).toBe(route === "/404.html" ? 200 : 200);
  if (mode === "gelap-tombol") {
    const toggle = page.getByRole("button", { name: "Mode gelap" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  }
  // Structure, names and roles do not change with the theme: the dark passes re-run the rules that depend on colour.
  await expectNoAxeViolations(page, `${route} (${mode})`, mode === "terang" ? undefined : themeRules);
  expectClean(problems, `${route} (${mode})`);
  return { page, context };
}

test("the sitemap lists the site's main routes", () => {
  for (const r of ["/", "/panduan/", "/studi-kasus/", "/penilaian/", "/cari/", "/glosarium/", "/tentang/"])
    expect(routes).toContain(r);
});

for (const route of routes) {
  test(`crawl ${route}`, async ({ browser }) => {
    const { page, context } = await visit(browser, route, "terang");
    if (pageType(route, "") === "reading") {
      const scriptFiles = await page.locator('script[src], link[rel="modulepreload"]').count();
      expect(scriptFiles, `${route} is a reading page and must load no script file`).toBe(0);
    }
    await context.close();
    for (const mode of ["gelap-sistem", "gelap-tombol"] as const) {
      const v = await visit(browser, route, mode);
      await v.context.close();
    }
  });
}
