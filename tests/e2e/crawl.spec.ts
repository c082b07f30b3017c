// One shared crawl of every sitemap URL: axe in light and in dark, and in the same pass it fails on console errors,
// requests to other origins and CSP violations, and checks reading pages load no script file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";
import { pageType } from "../dist/support/site";

const dist = process.env.OUT_DIR ?? "dist";
const routes = readFileSync(join(dist, "sitemap-0.xml"), "utf8")
  .match(/<loc>[^<]+<\/loc>/g)!
  .map((loc) => new URL(loc.slice(5, -6)).pathname)
  .map((path) => path.slice((process.env.BASE_PATH ?? "/").length - 1));
routes.push("/404.html");

test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("the sitemap lists the site's main routes", () => {
  for (const r of ["/", "/panduan/", "/studi-kasus/", "/penilaian/", "/cari/", "/glosarium/", "/tentang/"])
    expect(routes).toContain(r);
});

for (const route of routes) {
  test(`crawl ${route}`, async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: "reduce", colorScheme: "light" });
    const page = await context.newPage();
    const problems = await watchPage(page);
    const response = await page.goto(route.slice(1), { waitUntil: "load" });
    expect(response?.status(), `status of ${route}`).toBe(200);
    await expectNoAxeViolations(page, `${route} (terang)`);
    if (pageType(route, "") === "reading") {
      const scriptFiles = await page.locator('script[src], link[rel="modulepreload"]').count();
      expect(scriptFiles, `${route} is a reading page and must load no script file`).toBe(0);
    }
    // Dark through the toggle, on the same page load. The system dark theme resolves the same light-dark() tokens
    // (theme.spec.ts proves the computed colours are identical), and structure, names and roles do not change with
    // the theme, so the dark pass re-runs only the rules that depend on colour.
    await page.getByRole("button", { name: "Mode gelap" }).click();
    await expect(page.getByRole("button", { name: "Mode terang" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expectNoAxeViolations(page, `${route} (gelap)`, themeRules);
    expectClean(problems, route);
    await context.close();
  });
}
