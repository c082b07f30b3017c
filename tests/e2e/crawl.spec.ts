// One shared crawl of every sitemap URL: axe in light and in dark, and in the same pass it fails on console errors,
// requests to other origins and CSP violations, checks reading pages load no script file, and checks that nothing
// makes the page scroll sideways on a 360 px phone.
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
    // A 360 px phone: the document is no wider than the viewport (wide content scrolls inside its own box).
    // clientWidth leaves out a classic scrollbar, so an overflow narrower than the scrollbar is caught too.
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => {
      const { scrollWidth, clientWidth } = document.documentElement;
      if (scrollWidth <= clientWidth) return null;
      // Name the outermost elements that stick out, leaving out those inside a box that scrolls or clips them.
      const inBox = (e: Element) => {
        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)
          if (getComputedStyle(p).overflowX !== "visible") return true;
        return false;
      };
      const out = [...document.querySelectorAll("body *")].filter(
        (e) =>
          e.getBoundingClientRect().right > clientWidth + 1 &&
          e.parentElement!.getBoundingClientRect().right <= clientWidth + 1 &&
          !inBox(e),
      );
      return `${scrollWidth} px > ${clientWidth} px: ${out
        .slice(0, 5)
        .map((e) => e.outerHTML.slice(0, 80))
        .join(" | ")}`;
    });
    expect(overflow, `${route} scrolls sideways at 360 px`).toBeNull();
    expectClean(problems, route);
    await context.close();
  });
}
