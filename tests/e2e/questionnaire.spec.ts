// The self-assessment as a user meets it: keyboard-only completion of each bank, resume after reload, results with
// charts and tables, recommendation links, the no-JS paper form, print and PDF output; axe at every step.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";

// The shared test machine is often busy: give the island time to fetch and render.
const expect = baseExpect.configure({ timeout: 30_000 });

const banks = [
  { id: "kesiapan", items: 40 },
  { id: "kesehatan", items: 29 },
];

test.describe.configure({ mode: "parallel", timeout: 240_000 });

/** axe on the island only: between steps nothing else on the page changes (the whole page is checked at the ends). */
const expectNoAxeViolationsInApp = (page: Page, label: string) =>
  expectNoAxeViolations(page, label, undefined, "#asm-app");

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Item ids of the statements on the current step, in order. */
const itemIds = (page: Page) =>
  page.locator("#asm-app .asm-item").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["item"] ?? ""));

const app = (page: Page) => page.locator("#asm-app");

async function openBank(page: Page, bank: string): Promise<void> {
  await page.goto(`penilaian/${bank}/`);
  // The island hides the static form once it has the bank data.
  await expect(page.locator("#asm-static")).toBeHidden();
}

/** Answers every statement of the current step by clicking (for tests whose subject is not the keyboard). */
async function answerStepByClick(page: Page, value: string): Promise<void> {
  for (const id of await itemIds(page)) await app(page).locator(`input[name="${id}"][value="${value}"]`).check();
}

async function clickNext(page: Page): Promise<void> {
  await page.locator(".asm-nav .button:not(.secondary)").click();
}

async function completeByClick(page: Page, bank: string, values: string[]): Promise<void> {
  await openBank(page, bank);
  await app(page).getByLabel("Jenis kemitraan").selectOption("antar-daerah");
  await clickNext(page);
  for (let step = 0; step < 8; step++) {
    await answerStepByClick(page, values[step % values.length]!);
    await clickNext(page);
  }
  await expect(page.getByRole("heading", { name: "Periksa jawaban" })).toBeVisible();
  await clickNext(page);
  await expect(page.getByRole("heading", { name: /^Hasil penilaian/ })).toBeVisible();
}

for (const bank of banks) {
  test(`${bank.id}: complete with the keyboard only, then see radar, bars, tables, summary and plan`, async ({
    page,
  }) => {
    test.setTimeout(480_000);
    const problems = await watchPage(page);
    await openBank(page, bank.id);
    await expect(page.getByText(`Langkah 1 dari 10 · 0 dari ${bank.items} pernyataan dijawab`)).toBeVisible();
    await expectNoAxeViolations(page, `${bank.id} konteks`);

    await tabTo(page, 'input[name="instansi"]');
    await page.keyboard.type("Dinas Kominfo <b>Kota</b>");
    await tabTo(page, 'select[name="jenisMitra"]');
    await page.keyboard.press("ArrowDown");
    await tabTo(page, ".asm-nav .button:not(.secondary)");
    await page.keyboard.press("Enter");

    let answered = 0;
    for (let step = 0; step < 8; step++) {
      await expect(page.locator("#asm-app h2.asm-step-title")).toBeFocused();
      const ids = await itemIds(page);
      for (const [i, id] of ids.entries()) {
        await tabTo(page, `input[type="radio"][name="${id}"]`);
        // Arrow keys move and check inside a native radio group: 0 presses + Space = 1, 3 = 4, 5 = Tidak berlaku.
        const presses = (step + i) % 7 === 6 ? 6 : (step * 2 + i) % 5;
        if (presses === 0) await page.keyboard.press("Space");
        for (let p = 0; p < presses; p++) await page.keyboard.press("ArrowRight");
        answered++;
        if (i === 0) {
          const box = page.locator(`#asm-app input[name="bukti-${id}"]`).first();
          if ((await box.count()) > 0) {
            await tabTo(page, `input[name="bukti-${id}"]`);
            await page.keyboard.press("Space");
            await expect(box).toBeChecked();
          }
        }
      }
      await expect(
        page.getByText(`Langkah ${step + 2} dari 10 · ${answered} dari ${bank.items} pernyataan dijawab`),
      ).toBeVisible();
      await expectNoAxeViolationsInApp(page, `${bank.id} langkah ${step + 2}`);
      await tabTo(page, ".asm-nav .button:not(.secondary)");
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("heading", { name: "Periksa jawaban" })).toBeFocused();
    await expect(page.getByText(`Semua ${bank.items} pernyataan sudah dijawab.`)).toBeVisible();
    await expectNoAxeViolationsInApp(page, `${bank.id} periksa`);
    await tabTo(page, ".asm-nav .button:not(.secondary)");
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { name: /^Hasil penilaian/ })).toBeFocused();
    // Text from the user is shown as text, never as markup.
    await expect(page.locator(".report dd").first()).toHaveText("Dinas Kominfo <b>Kota</b>");
    const radar = page.locator(".chart-radar canvas");
    await expect(radar).toBeVisible();
    await expect(page.locator("img.chart-radar-img")).toHaveAttribute("src", /^data:image\/png;base64,/);
    await expect(page.locator(".report-bars li")).toHaveCount(8);
    const scores = page.getByRole("table", { name: /Skor per dimensi/ });
    await expect(scores.locator("tbody tr")).toHaveCount(8);
    await expect(scores.locator("tfoot")).toContainText(/\d,\d\d/);
    await expect(page.getByRole("heading", { name: "Ringkasan" })).toBeVisible();
    await expect(page.locator(".report")).toContainText(/Kekuatan: .*; Perlu dibahas: .*; Perlu perhatian: /);
    await expect(page.locator(".report-priority").first()).toBeVisible();
    const plan = page.getByRole("table", { name: "Rencana aksi" });
    await expect(plan.locator("tbody tr").first()).toBeVisible();
    await expectNoAxeViolations(page, `${bank.id} hasil`);

    // Dark theme: radar redrawn, still no violations.
    await page.getByRole("button", { name: "Mode gelap" }).click();
    await expect(radar).toBeVisible();
    await expectNoAxeViolations(page, `${bank.id} hasil (gelap)`, themeRules);
    expectClean(problems, `${bank.id} keyboard`);
  });
}

test("reload mid-way offers to resume, and resuming keeps every answer", async ({ page }) => {
  await openBank(page, "kesiapan");
  await app(page).getByLabel("Nama instansi").fill("Bappeda Kabupaten Contoh");
  await clickNext(page);
  await answerStepByClick(page, "4");
  await clickNext(page);
  const firstSecond = (await itemIds(page))[0]!;
  await app(page).locator(`input[name="${firstSecond}"][value="tt"]`).check();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Lanjutkan penilaian sebelumnya?" })).toBeVisible();
  await expect(page.getByText(/Bappeda Kabupaten Contoh dengan 6 dari 40 pernyataan dijawab/)).toBeVisible();
  await expectNoAxeViolations(page, "tawaran melanjutkan");
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  // Back at the first step with an open statement.
  await expect(page.getByText("Langkah 3 dari 10 · 6 dari 40 pernyataan dijawab")).toBeVisible();
  await expect(app(page).locator(`input[name="${firstSecond}"][value="tt"]`)).toBeChecked();
  await page.getByRole("button", { name: "Kembali" }).click();
  for (const id of await itemIds(page)) await expect(app(page).locator(`input[name="${id}"][value="4"]`)).toBeChecked();

  await page.reload();
  await page.getByRole("button", { name: "Mulai dari awal" }).click();
  await expect(page.getByText("Langkah 1 dari 10 · 0 dari 40 pernyataan dijawab")).toBeVisible();
  await expect(app(page).getByLabel("Nama instansi")).toHaveValue("");
});

test("unreadable saved data is kept aside with a message, not wiped", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("siapmitra-penilaian:draf:kesehatan", "{rusak");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await openBank(page, "kesehatan");
  await expect(page.getByRole("alert")).toContainText("tidak dapat dibaca");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("siapmitra-penilaian:rusak:"))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(["{rusak"]);
});

test("a recommendation links to its guide", async ({ page }) => {
  await completeByClick(page, "kesehatan", ["2", "3"]);
  const link = page.locator(".report-priority a[href*='/panduan/']").first();
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const anchor = href.split("#")[1];
  if (anchor) await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  else await expect(page.locator("h1")).toBeVisible();
  // Matching case studies are listed, with the user's partner type first.
  await page.goBack();
});

test("cases of the same partner type come first under a priority", async ({ page }) => {
  await completeByClick(page, "kesiapan", ["1", "2"]);
  await expect(
    page.locator(".report-priority").first().getByRole("heading", { name: "Studi kasus terkait" }),
  ).toBeVisible();
});

test("without JavaScript the whole bank is a printable static form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("penilaian/kesiapan/");
  await expect(page.getByText("Penilaian otomatis membutuhkan JavaScript.")).toBeVisible();
  const form = page.locator("#asm-static");
  await expect(form.locator("fieldset.asm-dim")).toHaveCount(8);
  await expect(form.locator("fieldset.asm-dim > legend h2")).toHaveCount(8);
  await expect(form.locator("fieldset.asm-item")).toHaveCount(40);
  await expect(form.locator('input[type="radio"]')).toHaveCount(40 * 7);
  await expect(form.locator(".asm-help p").first()).toBeVisible();
  await form.locator('input[name="kebutuhan-1"][value="5"]').check();
  await expect(form.getByRole("radio", { name: "5 Sangat setuju" }).first()).toBeChecked();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(form.locator("fieldset.asm-item").first()).toBeVisible();
  await context.close();
});

test("if the bank data cannot load, the static form stays usable and passes axe", async ({ browser }) => {
  // page.route cannot see requests that the service worker answers once it controls the page: block it here.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/penilaian/data/*.json", (route) => route.abort());
  await page.goto("penilaian/kesehatan/");
  await expect(page.getByRole("alert")).toContainText("Data kuesioner tidak dapat dimuat");
  await expect(page.locator("#asm-static fieldset.asm-item")).toHaveCount(29);
  await expect(page.locator("#asm-static")).toBeVisible();
  await expectNoAxeViolations(page, "formulir statis");
  await context.close();
});

test("print at 718 px shows the radar image, scores table and action plan; the A4 PDF has a sensible length", async ({
  page,
}) => {
  await page.setViewportSize({ width: 718, height: 1000 });
  await completeByClick(page, "kesiapan", ["3", "2", "5", "4"]);
  await app(page).getByLabel("Penanggung jawab kegiatan 1").fill("Kepala Bidang Kerja Sama");
  await expect(page.locator("img.chart-radar-img")).toHaveAttribute("src", /^data:image\/png/);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("img.chart-radar-img")).toBeVisible();
  await expect(page.locator(".chart-radar canvas")).toBeHidden();
  const size = await page.locator("img.chart-radar-img").evaluate((img: HTMLImageElement) => img.naturalWidth);
  expect(size).toBe(1120); // drawn at 2×
  await expect(page.getByRole("table", { name: /Skor per dimensi/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Rencana aksi" })).toBeVisible();
  await expect(app(page).getByLabel("Penanggung jawab kegiatan 1")).toHaveValue("Kepala Bidang Kerja Sama");
  await expect(page.locator(".asm-actions")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`PDF report: ${pages} A4 pages, ${pdf.length} bytes`);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(8);
});

test("the landing and methodology pages explain the choice, privacy and rules", async ({ page }) => {
  await page.goto("penilaian/");
  await expect(page.getByRole("link", { name: "Kesiapan Kemitraan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Privasi" })).toBeVisible();
  await page.goto("penilaian/metodologi/");
  await expect(page.getByText("(rata-rata − 1) ÷ 4 × 100")).toBeVisible();
  await expect(page.getByText("belum divalidasi secara statistik")).toBeVisible();
  // Both pages are static: the crawl (crawl.spec.ts) runs axe over them in light and dark.
});
