// The axe helper runs axe-core inside the page (support/page-checks.ts). Prove that it still finds violations, in
// full and with the colour rules only, and that `within` limits the run.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, themeRules } from "./support/page-checks";

const broken = `<!doctype html><html lang="id"><head><title>Uji</title></head><body><main>
  <h1>Uji</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  <section id="bagian"><p style="color:#bbb;background:#fff">Teks pucat</p></section>
</main></body></html>`;

test("the axe helper reports violations with their rule and element", async ({ page }) => {
  await page.setContent(broken);
  const full = await expectNoAxeViolations(page, "halaman rusak").catch((e: Error) => e.message);
  expect(full).toContain("image-alt");
  expect(full).toContain("color-contrast");
  expect(full).toContain("halaman rusak");

  const colourOnly = await expectNoAxeViolations(page, "warna", themeRules).catch((e: Error) => e.message);
  expect(colourOnly).toContain("color-contrast");
  expect(colourOnly).not.toContain("image-alt");

  const section = await expectNoAxeViolations(page, "bagian", undefined, "#bagian").catch((e: Error) => e.message);
  expect(section).toContain("color-contrast");
  expect(section).not.toContain("image-alt");
});

test("the axe helper passes a clean page", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="id"><head><title>Uji</title></head><body><main><h1>Uji</h1>
    <p>Teks yang cukup kontras.</p></main></body></html>`);
  await expectNoAxeViolations(page, "halaman bersih");
});
