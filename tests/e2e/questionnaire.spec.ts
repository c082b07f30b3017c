// The self-assessment as a user meets it: keyboard-only completion of each bank, resume after reload, results with
// charts and tables, recommendation links, the no-JS paper form, print and PDF output; axe at every step.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";
import { pdfPages } from "./support/pdf-text";

// The shared test machine is often busy: give the island time to fetch and render.
const expect = baseExpect.configure({ timeout: 30_000 });

// The current versions (kesiapan@2, kesehatan@2): statements, and radios on the paper form (five levels and
// "Tidak tahu" on each statement, plus "Tidak berlaku" except on the key items).
const banks = [
  { id: "kesiapan", items: 46, radios: 46 * 7 - 5 },
  { id: "kesehatan", items: 40, radios: 40 * 7 - 2 },
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

/** Item ids of the statements on the current step, in order (once the step has drawn them all: it is aria-busy until). */
async function itemIds(page: Page): Promise<string[]> {
  await expect(page.locator("#asm-app .asm-dim[aria-busy]")).toHaveCount(0);
  return page
    .locator("#asm-app .asm-item")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["item"] ?? ""));
}

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
        // "Tidak berlaku" asks why: the reason field appears right after the choices and takes the typed text.
        if ((await page.locator(`#asm-app input[name="${id}"][value="tb"]:checked`).count()) > 0) {
          await tabTo(page, `input[name="alasan-${id}"]`);
          await page.keyboard.type("Tidak ada data yang dibagikan dalam kerja sama ini.");
        }
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
    await expect(scores.locator("tfoot")).toContainText(/\d,\d\d|Data belum cukup/);
    // Every dimension is reachable with its advice, not only the three priorities.
    await expect(page.locator(".report-dimension")).toHaveCount(8);
    await expect(page.locator(".report-overall").first()).toContainText(
      /Batas kategori .* bukan norma yang sudah divalidasi/,
    );
    await expect(page.getByRole("heading", { name: "Ringkasan" })).toBeVisible();
    await expect(page.locator(".report")).toContainText(/Kekuatan: .*; Perlu dibahas: .*; Perlu perhatian: /);
    await expect(page.locator(".report-priority").first()).toBeVisible();
    // The plan: one group of fields per activity, its sentence in full view.
    await expect(page.getByRole("group", { name: "Kegiatan 1" })).toBeVisible();
    await expect(page.getByLabel("Uraian kegiatan 1")).not.toHaveValue("");
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
  await expect(page.getByText(/Bappeda Kabupaten Contoh dengan 6 dari 46 pernyataan dijawab/)).toBeVisible();
  await expectNoAxeViolations(page, "tawaran melanjutkan");
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  // Back at the first step with an open statement.
  await expect(page.getByText("Langkah 3 dari 10 · 6 dari 46 pernyataan dijawab")).toBeVisible();
  await expect(app(page).locator(`input[name="${firstSecond}"][value="tt"]`)).toBeChecked();
  await page.getByRole("button", { name: "Kembali" }).click();
  for (const id of await itemIds(page)) await expect(app(page).locator(`input[name="${id}"][value="4"]`)).toBeChecked();

  await page.reload();
  await page.getByRole("button", { name: "Mulai dari awal" }).click();
  await expect(page.getByText("Langkah 1 dari 10 · 0 dari 46 pernyataan dijawab")).toBeVisible();
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

test("on a slow phone the no-JS notice never shows and what is typed before the island starts is kept", async ({
  browser,
}) => {
  // The service worker would answer the bank request itself, out of page.route's reach: block it here.
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Hold the bank data back until the reader has typed, so the island cannot take over first.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/penilaian/data/*.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("penilaian/kesehatan/", { waitUntil: "domcontentloaded" });
  const form = page.locator("#asm-static");
  await expect(form).toBeVisible();
  await expect(form.locator(".asm-nojs")).toBeHidden();
  // Until the island comes, only the context step's fields are there (the island's first step opens with the same);
  // the note says the rest follows.
  await expect(form.locator("fieldset.asm-dim")).toHaveCount(0);
  await expect(form.locator(".asm-planning")).toHaveCount(0);
  const more = form.getByText(
    "Rujukan perencanaan, petunjuk pengisian, dan pernyataan 8 dimensi muncul di sini begitu penilaian otomatis siap.",
  );
  await expect(more).toBeVisible();
  // Printed now, the unfinished form says so on paper too.
  await page.emulateMedia({ media: "print" });
  await expect(more).toBeVisible();
  await page.emulateMedia({ media: null });
  await form.getByLabel("Nama instansi").fill("Dinas Lambat");
  await form.getByLabel("Jenis kemitraan").selectOption("antar-daerah");
  release();
  await expect(form).toBeHidden();
  await expect(page.getByText("0 dari 40 pernyataan dijawab", { exact: false })).toBeVisible();
  // The reader was typing in the static form when it went away: the focus goes on in the island, at the same step.
  await expect(app(page).locator(".asm-step-title")).toBeFocused();
  await expect(app(page).getByLabel("Nama instansi")).toHaveValue("Dinas Lambat");
  await expect(app(page).getByLabel("Jenis kemitraan")).toHaveValue("antar-daerah");
  // Kept, not only shown: the next step and back again still have it.
  await clickNext(page);
  await page.getByRole("button", { name: "Kembali" }).click();
  await expect(app(page).getByLabel("Nama instansi")).toHaveValue("Dinas Lambat");

  // "Cetak formulir kosong" still prints the whole static form, and blank: the taps moved into the island.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset["printedBlank"] = String(document.documentElement.classList.contains("asm-print-blank"));
    };
  });
  await page.getByRole("button", { name: "Cetak formulir kosong" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed-blank", "true");
  await expect(form.locator("input:checked")).toHaveCount(0);
  await expect(form.getByLabel("Nama instansi")).toHaveValue("");
  await page.evaluate(() => document.documentElement.classList.add("asm-print-blank"));
  await page.emulateMedia({ media: "print" });
  await expect(form).toBeVisible();
  await expect(app(page)).toBeHidden();
  await expect(form.locator("fieldset.asm-dim")).toHaveCount(8);
  for (const dim of await form.locator("fieldset.asm-dim").all()) await expect(dim).toBeVisible();
  await expect(form.locator("fieldset.asm-item")).toHaveCount(banks[1]!.items);
  await expect(form.locator("fieldset.asm-item").last()).toBeVisible();
  await expect(form.getByText("muncul di sini begitu penilaian otomatis siap")).toHaveCount(0);
  await expect(form.locator(".asm-planning")).toHaveAttribute("open");
  await expect(form.getByLabel("Nama mitra 2")).toBeVisible();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await context.close();
});

test("a reader typing in the static form when a saved assessment is found lands on the resume prompt", async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await openBank(page, "kesiapan");
  await clickNext(page);
  const [first] = await itemIds(page);
  await app(page).locator(`input[name="${first}"][value="3"]`).check();
  // The next visit: the bank data is held back until the reader has typed in the static form.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/penilaian/data/*.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await page.locator("#asm-static").getByLabel("Nama instansi").fill("Dinas Sabar");
  release();
  const heading = page.getByRole("heading", { name: "Lanjutkan penilaian sebelumnya?" });
  await expect(heading).toBeFocused();
  await expect(page.locator("#asm-static")).toBeHidden();
  await context.close();
});

test("at 360 px no questionnaire state scrolls sideways, results included", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const sideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await openBank(page, "kesiapan");
  expect(await sideways(), "konteks").toBe(0);
  await clickNext(page);
  for (let step = 0; step < 8; step++) {
    // Tidak berlaku opens the reason field: the widest state of a step.
    for (const id of await itemIds(page)) {
      const tb = app(page).locator(`input[name="${id}"][value="tb"]`);
      if ((await tb.count()) > 0) await tb.check();
      else await app(page).locator(`input[name="${id}"][value="2"]`).check();
    }
    expect(await sideways(), `langkah ${step + 2}`).toBe(0);
    for (const id of await itemIds(page)) await app(page).locator(`input[name="${id}"][value="3"]`).check();
    await clickNext(page);
  }
  expect(await sideways(), "periksa").toBe(0);
  await clickNext(page);
  await expect(page.getByRole("heading", { name: /^Hasil penilaian/ })).toBeVisible();
  await page.getByRole("button", { name: "Tambah kegiatan" }).click();
  await expect(page.locator(".chart-radar canvas")).toBeVisible();
  expect(await sideways(), "hasil").toBe(0);
  // Every bar has the same track length: one scale.
  const tracks = await page
    .locator(".report-bar-track")
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(new Set(tracks.map((w) => Math.round(w))).size).toBe(1);
});

test("without JavaScript the whole bank is a printable static form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("penilaian/kesiapan/");
  await expect(page.getByText("Penilaian otomatis membutuhkan JavaScript.")).toBeVisible();
  const form = page.locator("#asm-static");
  await expect(form.getByText("muncul di sini begitu penilaian otomatis siap")).toBeHidden();
  await expect(form.locator("fieldset.asm-dim")).toHaveCount(8);
  await expect(form.locator("fieldset.asm-dim > legend h2")).toHaveCount(8);
  await expect(form.locator("fieldset.asm-item")).toHaveCount(banks[0]!.items);
  await expect(form.locator('input[type="radio"]')).toHaveCount(banks[0]!.radios);
  await expect(form.locator(".asm-help").first()).toBeVisible();
  // The answering instructions come before the first statement; every level's label sits beside its radio.
  await expect(form.getByRole("heading", { name: "Cara menjawab" })).toBeVisible();
  await form.locator('input[name="kebutuhan-rumusan-masalah"][value="5"]').check();
  await expect(form.getByRole("radio", { name: "5 Dijalankan dan dipantau" }).first()).toBeChecked();
  // A key item offers no "Tidak berlaku"; the others leave a line for the reason.
  await expect(form.locator('input[name="tata-kelola-kewenangan-urusan"][value="tb"]')).toHaveCount(0);
  await expect(form.locator('input[name="alasan-kebutuhan-rumusan-masalah"]')).toHaveCount(1);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(form.locator("fieldset.asm-item").first()).toBeVisible();
  await context.close();
});

test("each bank's paper form has a page of its own: whole without any script, printable, and linked", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("penilaian/");
  await page.getByRole("link", { name: "Formulir kertas untuk dicetak" }).first().click();
  await expect(page).toHaveURL(/\/penilaian\/kesiapan\/formulir\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Formulir kertas /);
  const form = page.locator("#asm-static");
  // Nothing about the island: no notice, no note, no <noscript> left; every part is fields.
  await expect(page.getByText("Penilaian otomatis membutuhkan JavaScript.")).toHaveCount(0);
  await expect(form.getByText("muncul di sini begitu penilaian otomatis siap")).toHaveCount(0);
  await expect(form.locator("noscript")).toHaveCount(0);
  await expect(form.locator("fieldset.asm-item")).toHaveCount(banks[0]!.items);
  await expect(form.locator('input[type="radio"]')).toHaveCount(banks[0]!.radios);
  await expect(form.locator(".asm-planning")).toHaveAttribute("open");
  await expect(form.getByRole("heading", { name: "Cara menjawab" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(form.locator("fieldset.asm-item").last()).toBeVisible();
  await page.emulateMedia({ media: null });
  // Back on the questionnaire's own page, its notice points here too.
  await page.getByRole("link", { name: "penilaian otomatis" }).click();
  await expect(page).toHaveURL(/\/penilaian\/kesiapan\/$/);
  await page.locator(".asm-nojs").getByRole("link", { name: "formulir kertas" }).click();
  await expect(page).toHaveURL(/\/penilaian\/kesiapan\/formulir\/$/);
  await context.close();
});

test("with its scripts blocked, the questionnaire page says so and points to the whole paper form", async ({
  browser,
}) => {
  // A script blocker that sends its own policy: scripting is on, so <noscript> stays text, but nothing runs.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/penilaian/kesehatan/", async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy": "script-src 'none'" },
    });
  });
  await page.goto("penilaian/kesehatan/");
  const notice = page.locator(".asm-nojs");
  await expect(notice).toBeVisible();
  await expect(page.locator("#asm-static fieldset.asm-item")).toHaveCount(0);
  await notice.getByRole("link", { name: "formulir kertas" }).click();
  await expect(page).toHaveURL(/\/penilaian\/kesehatan\/formulir\/$/);
  await expect(page.locator("#asm-static fieldset.asm-item")).toHaveCount(banks[1]!.items);
  await context.close();
});

test("if the bank data cannot load, the static form stays usable and passes axe", async ({ browser }) => {
  // page.route cannot see requests that the service worker answers once it controls the page: block it here.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/penilaian/data/*.json", (route) => route.abort());
  await page.goto("penilaian/kesehatan/");
  await expect(page.getByRole("alert")).toContainText("Data kuesioner tidak dapat dimuat");
  // The statements the page kept as <noscript> text are fields again: the whole form is there to fill in.
  await expect(page.locator("#asm-static fieldset.asm-item")).toHaveCount(banks[1]!.items);
  await expect(page.locator("#asm-static")).toBeVisible();
  await expect(page.locator("#asm-static fieldset.asm-item").last()).toBeVisible();
  await expect(page.getByText("muncul di sini begitu penilaian otomatis siap")).toHaveCount(0);
  const last = page.locator("#asm-static fieldset.asm-item").last();
  await last.locator('input[value="2"]').check();
  await expect(last.locator('input[value="2"]')).toBeChecked();
  await expectNoAxeViolations(page, "formulir statis");
  await context.close();
});

test("the printed report of a 40-statement bank fits 4 A4 pages with footers, full plan text and no web leftovers", async ({
  page,
}) => {
  await page.setViewportSize({ width: 718, height: 1000 });
  await completeByClick(page, "kesehatan", ["3", "2", "5", "4"]);
  // One statement of a strong dimension (answered 5) does not apply, with its reason: only the print lists it there.
  const reason = "Kerja sama ini tidak mengolah data pribadi warga.";
  await page.getByRole("button", { name: "Ubah jawaban", exact: true }).first().click();
  await page.locator(".asm-review").nth(2).getByRole("button").click();
  const [strong] = await itemIds(page);
  await app(page).locator(`input[name="${strong}"][value="tb"]`).check();
  await app(page).locator(`input[name="alasan-${strong}"]`).fill(reason);
  for (let i = 0; i < 10 && !(await page.getByRole("heading", { name: "Periksa jawaban" }).isVisible()); i++)
    await clickNext(page);
  await clickNext(page);
  await expect(page.getByRole("heading", { name: /^Hasil penilaian/ })).toBeVisible();
  const rows = await page.locator(".plan-row").count();
  expect(rows).toBeGreaterThanOrEqual(3);
  const activities: string[] = [];
  for (let i = 1; i <= rows; i++) {
    await app(page).getByLabel(`Penanggung jawab kegiatan ${i}`).fill("Kepala Bidang Kerja Sama");
    // Every other deadline stays empty: on paper it is a line to fill in, never "mm/dd/yyyy".
    if (i % 2) await app(page).getByLabel(`Tenggat kegiatan ${i}`).fill("2027-03-31");
    activities.push(await app(page).getByLabel(`Uraian kegiatan ${i}`).inputValue());
  }
  await expect(page.locator("img.chart-radar-img")).toHaveAttribute("src", /^data:image\/png/);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("img.chart-radar-img")).toBeVisible();
  await expect(page.locator(".chart-radar canvas")).toBeHidden();
  expect(await page.locator("img.chart-radar-img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1120);
  await expect(page.getByRole("table", { name: /Skor per dimensi/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Rencana aksi" })).toBeVisible();
  for (const hidden of [".site-header", ".asm-actions", ".report-actions", ".bank-intro", ".share-tools", ".plan-rows"])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  // Nothing sticks out of the page box.
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("main *")]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5);
  });
  expect(overflow).toEqual([]);

  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = await pdfPages(pdf);
  console.log(`PDF report (kesehatan, ${rows} plan rows): ${pages.length} A4 pages, ${pdf.length} bytes`);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(4);
  const all = pages.join("\n");
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1} footer`).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    expect(text, `page ${i + 1} footer`).toMatch(/Hasil penilaian: Kesehatan Kemitraan · \d{1,2} \w+ \d{4}/);
  });
  expect(all).not.toMatch(/mm\/dd\/yyyy|hh\/bb\/tttt|\d{2}\/\d{2}\/\d{4}/);
  expect(all).toContain("31 Maret 2027");
  // Links print as full addresses or not at all.
  expect(all).not.toMatch(/\(\/(panduan|studi-kasus|penilaian)\//);
  expect(all).toMatch(/\(http:\/\/127\.0\.0\.1:\d+\/panduan\//);
  // The web introduction and the privacy line are not printed; the plan is, in full.
  expect(all).not.toContain("jawaban hanya tersimpan di perangkat ini");
  const flat = all.replace(/\s+/g, " ");
  for (const a of activities) expect(flat).toContain(a.replace(/\s+/g, " "));
  expect(flat).toContain(reason);
});

test("the telaahan staf layout prints the memo on at most 4 A4 pages, then every statement as its attachment, in black and grey", async ({
  page,
}) => {
  await page.setViewportSize({ width: 718, height: 1000 });
  await completeByClick(page, "kesehatan", ["3", "2", "5", "4"]);
  const layout = page.getByRole("group", { name: "Bentuk cetakan" });
  await expect(layout.getByLabel("Laporan hasil")).toBeChecked();
  await layout.getByLabel("Telaahan staf untuk pimpinan").focus();
  await page.keyboard.press("Space");
  await expect(layout.getByLabel("Telaahan staf untuk pimpinan")).toBeChecked();
  await expectNoAxeViolationsInApp(page, "pilihan bentuk cetakan");

  await page.emulateMedia({ media: "print" });
  const memo = page.locator(".telaahan");
  await expect(memo).toBeVisible();
  for (const hidden of [".report-scores", "img.chart-radar-img", ".site-header", ".bank-intro", ".share-tools"])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  // Readable in grayscale: every text and border colour in the memo is a grey (r = g = b).
  const coloured = await memo.evaluate((root) =>
    [root, ...root.querySelectorAll("*")]
      .flatMap((el) => {
        const s = getComputedStyle(el);
        return [s.color, s.borderBlockEndColor, s.backgroundColor].map((c) => [el.tagName, c] as const);
      })
      .filter(([, c]) => {
        const [r, g, b, a = "1"] = c.match(/[\d.]+/g) ?? [];
        return Number(a) > 0 && !(r === g && g === b);
      })
      .slice(0, 5),
  );
  expect(coloured).toEqual([]);

  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = await pdfPages(pdf);
  const attachment = pages.findIndex((p) => p.includes("Lampiran telaahan staf: jawaban setiap pernyataan"));
  console.log(
    `PDF telaahan staf (kesehatan): ${attachment} memo pages + ${pages.length - attachment} attachment pages, ${pdf.length} bytes`,
  );
  expect(attachment).toBeGreaterThanOrEqual(1);
  expect(attachment).toBeLessThanOrEqual(4);
  const memoText = pages.slice(0, attachment).join("\n");
  expect(memoText).toContain("TELAAHAN STAF");
  for (const part of [
    "Kepada",
    "Nomor",
    "Hal",
    "Persoalan",
    "Praanggapan",
    "Fakta yang mempengaruhi",
    "Analisis",
    "Kesimpulan",
    "Saran",
    "NIP",
  ])
    expect(memoText, part).toContain(part);
  const flat = pages.slice(attachment).join(" ").replace(/\s+/g, " ");
  const bank = (await (await page.request.get("penilaian/data/kesehatan@2.json")).json()) as {
    items: { statement: string }[];
  };
  for (const item of bank.items) expect(flat).toContain(item.statement.replace(/\s+/g, " "));
  pages.forEach((text, i) => expect(text, `page ${i + 1} footer`).toContain(`Halaman ${i + 1} dari ${pages.length}`));

  // Back to the report: the choice is the only switch.
  await page.emulateMedia({ media: "screen" });
  await layout.getByLabel("Laporan hasil").check();
  await page.emulateMedia({ media: "print" });
  await expect(memo).toBeHidden();
  await expect(page.locator(".report-scores").first()).toBeVisible();
});

test("the landing and methodology pages explain the choice, privacy and rules", async ({ page }) => {
  await page.goto("penilaian/");
  await expect(page.getByRole("link", { name: "Kesiapan Kemitraan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Privasi" })).toBeVisible();
  await page.goto("penilaian/metodologi/");
  await expect(page.getByRole("heading", { name: "Butir kunci" })).toBeVisible();
  await expect(page.getByText("belum divalidasi secara statistik")).toBeVisible();
  // Both pages are static: the crawl (crawl.spec.ts) runs axe over them in light and dark.
});
