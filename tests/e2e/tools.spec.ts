// Tools section (issue 5): printable templates with blank CSV downloads, the annotated MoU/PKS outlines, and the
// glossary. Print checks use a 718 px viewport: A4 (210 mm) minus 1 cm margins each side; F4 (215 mm) is wider.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { parseCsv } from "../../src/lib/csv/parse";

interface TemplateFile {
  id: string;
  title: string;
  guide: string;
  columns: { header: string; hint?: string }[];
  rows?: unknown[];
  blankRows?: number;
}

const templates: TemplateFile[] = readdirSync("content/templates")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ""),
    ...(parseYaml(readFileSync(join("content/templates", f), "utf8")) as Omit<TemplateFile, "id">),
  }));
const glossary = parseYaml(readFileSync("content/glossary.yaml", "utf8")) as { id: string; term: string }[];

// Whole guide page printed on A4 (prose, then the template from a fresh sheet, then sources). Measured 2026-11-28;
// the range leaves room for small text edits but catches a table that explodes into extra sheets.
const a4Pages: Record<string, [number, number]> = {
  "alat-daftar-periksa-kesepakatan": [4, 6],
  "alat-matriks-pemetaan-mitra": [4, 6],
  "alat-lembar-indikator-kinerja": [5, 7],
  "alat-rencana-komunikasi": [4, 6],
  "alat-kerangka-evaluasi": [4, 6],
  "alat-rencana-keberlanjutan": [5, 7],
  "alat-kerangka-mou": [4, 6],
  "alat-kerangka-pks": [5, 7],
};
const margin = { top: "1cm", right: "1cm", bottom: "1cm", left: "1cm" };

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Widths of every table and its scroll container in the current layout; empty when nothing overflows. */
async function overflowingTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    document.querySelectorAll("table").forEach((table, i) => {
      const box = (table.closest(".table-wrap") ?? table.parentElement) as HTMLElement;
      const label = table.caption?.textContent ?? `tabel ${i + 1}`;
      if (box.scrollWidth > box.clientWidth)
        problems.push(`${label}: scrollWidth ${box.scrollWidth} > ${box.clientWidth}`);
      if (table.scrollWidth > table.clientWidth)
        problems.push(`${label}: tabel ${table.scrollWidth} > ${table.clientWidth}`);
    });
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`halaman: ${root.scrollWidth} > ${root.clientWidth}`);
    return problems;
  });
}

async function printLayout(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
}

for (const t of templates) {
  test.describe(`templat ${t.id}`, () => {
    const path = `panduan/${t.guide}/`;

    test("the fill-in table has a header row and rows to write in", async ({ page }) => {
      await page.goto(path);
      const table = page.getByRole("table", { name: t.title, exact: true });
      await expect(table).toHaveCount(1);
      await expect(table.locator("thead th[scope=col]")).toHaveCount(t.columns.length);
      await expect(table.locator("tbody tr")).toHaveCount((t.rows?.length ?? 0) + (t.blankRows ?? 4));
      await expect(table.locator("tbody tr.isian")).toHaveCount(t.blankRows ?? 4);
    });

    test("prints at 718 px without cut-off columns; A4 page count in range", async ({ page }, info) => {
      await printLayout(page, path);
      expect(await overflowingTables(page)).toEqual([]);
      const a4 = pdfPageCount(await page.pdf({ format: "A4", margin }));
      const f4 = pdfPageCount(await page.pdf({ width: "215mm", height: "330mm", margin }));
      info.annotations.push({ type: "pages", description: `${t.guide}: A4 ${a4}, F4 ${f4}` });
      console.log(`[pages] ${t.guide}: A4 ${a4}, F4 ${f4}`);
      const [min, max] = a4Pages[t.guide] ?? [1, 1];
      expect(a4).toBeGreaterThanOrEqual(min);
      expect(a4).toBeLessThanOrEqual(max);
      expect(f4).toBeLessThanOrEqual(a4);
    });

    test("the CSV download has a BOM, ';' and the expected header row", async ({ page }) => {
      await page.goto(path);
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: /Unduh templat kosong \(CSV\)/ }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`siapmitra-${t.id}.csv`);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.endsWith("\r\n")).toBe(true);
      const { bom, rows } = parseCsv(text, ";");
      expect(bom).toBe(true);
      expect(rows[0]).toEqual(t.columns.map((c) => (c.hint ? `${c.header} (${c.hint})` : c.header)));
      expect(text.split("\r\n")[0]?.split(";")).toHaveLength(t.columns.length);
      expect(rows).toHaveLength(1 + (t.rows?.length ?? 0));
    });
  });
}

for (const outline of ["alat-kerangka-mou", "alat-kerangka-pks"]) {
  test.describe(`kerangka ${outline}`, () => {
    test("names every clause, is marked as not legal advice and dates the regulation check", async ({ page }) => {
      await page.goto(`panduan/${outline}/`);
      await expect(page.getByRole("note").filter({ hasText: "Bukan nasihat hukum" })).toContainText("28 November 2026");
      const clauses = [
        /Para pihak/,
        /objek/i,
        /Ruang lingkup/,
        /Hak dan kewajiban/,
        /Pendanaan/,
        /Jangka waktu/,
        /Pemantauan/,
        /Penyelesaian perselisihan/,
        /Keadaan kahar/,
        /pengakhiran/i,
      ];
      const headings = await page.locator("main .body h3").allTextContents();
      expect(headings).toHaveLength(10);
      clauses.forEach((clause, i) => expect(headings[i]).toMatch(clause));
      // Each clause names what it rests on.
      await expect(page.locator("main p").filter({ hasText: /^Dasar\./ })).toHaveCount(10);
    });

    test("prints at 718 px without overflow; A4 page count in range", async ({ page }) => {
      await printLayout(page, `panduan/${outline}/`);
      expect(await overflowingTables(page)).toEqual([]);
      const a4 = pdfPageCount(await page.pdf({ format: "A4", margin }));
      console.log(`[pages] ${outline}: A4 ${a4}`);
      const [min, max] = a4Pages[outline] ?? [1, 1];
      expect(a4).toBeGreaterThanOrEqual(min);
      expect(a4).toBeLessThanOrEqual(max);
    });
  });
}

// axe over every tool page, in light and dark, runs in the shared crawl (crawl.spec.ts).

test.describe("glosarium", () => {
  // Smooth scrolling would make "scrolled to the anchor" depend on animation timing.
  test.use({ reducedMotion: "reduce" });
  test.describe.configure({ timeout: 180_000 });
  test("every entry is reachable by its anchor", async ({ page }) => {
    await page.goto("glosarium/");
    for (const { id } of glossary) {
      await page.goto(`glosarium/#${id}`);
      const entry = page.locator(`[id="${id}"]`);
      await expect(entry, id).toHaveCount(1);
      await expect(entry, id).toBeInViewport();
      expect(await entry.evaluate((el) => el.matches(":target")), id).toBe(true);
    }
  });

  test("is alphabetical, with a letter index that jumps to each letter", async ({ page }) => {
    await page.goto("glosarium/");
    const terms = await page.locator("dl dfn").allTextContents();
    expect(terms).toHaveLength(glossary.length);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base" })));
    const index = page.getByRole("navigation", { name: "Indeks huruf" }).getByRole("link");
    const letters = await index.allTextContents();
    expect(letters.length).toBeGreaterThan(10);
    const last = letters.at(-1) ?? "";
    await index.filter({ hasText: new RegExp(`^${last}$`) }).click();
    await expect(page.getByRole("heading", { level: 2, name: last, exact: true })).toBeInViewport();
  });

  test("a guide's term link lands on its entry", async ({ page }) => {
    await page.goto("panduan/alat-kerangka-mou/");
    await page.locator("main a.istilah", { hasText: "Kesepakatan Bersama" }).first().click();
    await expect(page).toHaveURL(/\/glosarium\/#kesepakatan-bersama$/);
    await expect(page.locator("#kesepakatan-bersama")).toBeInViewport();
  });

  // The glossary is in the sitemap: the crawl runs axe over it in light and dark.
});
