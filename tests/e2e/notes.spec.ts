// Evidence notes and planning references as a user meets them: typed with the keyboard, checked as typed (an end
// date before the signing date), shown in the report, carried through a JSON export, a cleared browser and an import,
// carried by a share link while it fits (and named when left out), and blank lines on the paper form. axe in light and
// dark in each state.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { axeBoth, exportFile, file, getBank, importFiles, openFresh, siteKeys } from "./support/assessment-files";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "parallel", timeout: 300_000 });

const app = (page: Page) => page.locator("#asm-app");

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Item ids of the statements on the current step, once the step has drawn them all (it is aria-busy until). */
async function itemIds(page: Page): Promise<string[]> {
  await expect(app(page).locator(".asm-dim[aria-busy]")).toHaveCount(0);
  return app(page)
    .locator(".asm-item")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["item"] ?? ""));
}

const next = (page: Page) => page.locator(".asm-nav .button:not(.secondary)").click();

/** The assessment in progress as saved on this device. */
const draft = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("siapmitra-penilaian:draf:kesiapan") ?? "null") as unknown);

const PKS_NOTE = "PKS No. 119/PKS/2025, 12 Maret 2025";
const SCRIPT_NOTE = '<script>alert("catatan")</script>; "kutip"';

/** What the report must show of the planning references and the notes, wherever it is opened. */
async function expectReportShowsNotes(page: Page, firstItem: string, label: string): Promise<void> {
  const planning = page.getByRole("region", { name: "Rujukan perencanaan dan anggaran" });
  await expect(planning).toContainText("Universitas Contoh <b>Riset</b> (Antarinstansi)");
  await expect(planning).toContainText("Perjanjian Kerja Sama (PKS)");
  await expect(planning).toContainText("119/PKS/2025");
  await expect(planning).toContainText("12 Maret 2025");
  await expect(planning).toContainText("11 Maret 2028");
  await expect(planning).toContainText("Meningkatnya tata kelola data daerah");
  await expect(planning).toContainText("2.16.03.1.01 Belanja Jasa");
  const dimension = page.locator(".report-dimension").first();
  await dimension.locator("summary").click();
  const evidence = dimension.locator(".report-evidence");
  await expect(evidence).toContainText(firstItem);
  await expect(evidence).toContainText(`— catatan: ${PKS_NOTE}`);
  await expect(evidence).toContainText(`— catatan: ${SCRIPT_NOTE}`);
  // Typed markup is text: no element came from it.
  await expect(planning.locator("b")).toHaveCount(0);
  await expect(evidence.locator("script")).toHaveCount(0);
  // A 5 without evidence is marked as such in the same dimension.
  await expect(dimension.getByRole("heading", { name: "Bernilai 4–5 tanpa bukti yang dicentang" })).toBeVisible();
  await axeBoth(page, label);
}

test("notes and planning references: typed by keyboard, checked, reported, exported, cleared and imported", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await page.goto("penilaian/kesiapan/");
  await expect(page.locator("#asm-static")).toBeHidden();
  await axeBoth(page, "konteks");

  // The planning group is folded until opened.
  const group = app(page).locator(".asm-planning");
  await expect(group).not.toHaveAttribute("open");
  await tabTo(page, "#asm-app .asm-planning > summary");
  await page.keyboard.press("Enter");
  await expect(group).toHaveAttribute("open");
  await expect(group).toContainText("Rencana Pembangunan Jangka Menengah Daerah (RPJMD)");

  // Partners: add two, remove the second; focus goes to the new row, then back to "Tambah mitra".
  await tabTo(page, "#rujukan-tambah-mitra");
  await page.keyboard.press("Enter");
  await expect(app(page).getByLabel("Nama mitra 1")).toBeFocused();
  await page.keyboard.type("Universitas Contoh <b>Riset</b>");
  await page.keyboard.press("Tab");
  await expect(app(page).getByLabel("Jenis kemitraan dengan mitra 1")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "#rujukan-tambah-mitra");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Mitra yang batal");
  await tabTo(page, ".asm-partner-remove button");
  await expect(page.locator(":focus")).toHaveText("Hapus mitra 2");
  await page.keyboard.press("Enter");
  await expect(app(page).locator(".asm-partner")).toHaveCount(1);
  await expect(page.locator("#rujukan-tambah-mitra")).toBeFocused();

  // The agreement. Dates are filled directly: the date field's segment order follows the browser's own locale.
  await tabTo(page, 'select[name="rujukan-jenis-kesepakatan"]');
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, 'input[name="rujukan-nomor"]');
  await page.keyboard.type("119/PKS/2025 ");
  await app(page).getByLabel("Tanggal penandatanganan").fill("2025-03-12");
  const ends = app(page).getByLabel("Tanggal berakhir");
  await ends.fill("2025-03-01");
  const message = app(page).getByRole("alert");
  await expect(message).toHaveText(
    "Tanggal berakhir kesepakatan tidak boleh sebelum tanggal penandatanganan. Kedua tanggal belum disimpan sampai diperbaiki.",
  );
  await expect(ends).toHaveValue("2025-03-01");
  await expect(ends).toHaveAttribute("aria-invalid", "true");
  await expect(ends).toHaveAccessibleDescription(/tidak boleh sebelum tanggal penandatanganan/);
  // Shown, not saved: the saved pair is the last valid one.
  await expect
    .poll(async () => (await draft(page)) as { rujukan?: { instrumen: unknown } })
    .toMatchObject({ rujukan: { instrumen: { jenis: "pks", tanggal: "2025-03-12", berakhir: "" } } });
  await axeBoth(page, "tanggal berakhir sebelum tanggal tanda tangan");
  await ends.fill("2028-03-11");
  await expect(message).toHaveCount(0);

  for (const [name, text] of [
    ["rujukan-sasaran", "Meningkatnya tata kelola data daerah"],
    ["rujukan-program", "Program Aplikasi Informatika"],
    ["rujukan-kegiatan", "Pengelolaan Sistem Informasi"],
    ["rujukan-subKegiatan", "Penatalaksanaan Data Terpadu"],
    ["rujukan-anggaran", "2.16.03.1.01 Belanja Jasa"],
  ] as const) {
    await tabTo(page, `input[name="${name}"]`);
    await page.keyboard.type(text);
  }
  await page.keyboard.press("Tab");
  await expect
    .poll(() => draft(page))
    .toMatchObject({
      rujukan: {
        mitra: [{ nama: "Universitas Contoh <b>Riset</b>", jenis: "antar-instansi" }],
        // Trimmed when the field was left.
        instrumen: { jenis: "pks", nomor: "119/PKS/2025", tanggal: "2025-03-12", berakhir: "2028-03-11" },
        anggaran: "2.16.03.1.01 Belanja Jasa",
      },
    });
  await axeBoth(page, "rujukan terisi");

  // First dimension: notes beside ticked evidence, by keyboard.
  await next(page);
  const ids = await itemIds(page);
  const [first, second] = ids as [string, string];
  await tabTo(page, `input[name="${first}"][type="radio"]`);
  for (let p = 0; p < 3; p++) await page.keyboard.press("ArrowRight");
  await expect(app(page).locator(`input[name="${first}"][value="4"]`)).toBeChecked();
  await tabTo(page, `input[name="bukti-${first}"]`);
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  const firstEvidence = (await app(page).locator(`input[name="bukti-${first}"]`).first().getAttribute("value"))!;
  const note = app(page).locator(`input[name="catatan-${first}-${firstEvidence}"]`);
  await expect(note).toBeFocused();
  await expect(note).toHaveAccessibleName(/^Catatan bukti \(opsional\)/);
  await page.keyboard.type(`  ${PKS_NOTE}  `);
  await page.keyboard.press("Tab");
  await expect(note).toHaveValue(PKS_NOTE);
  // Unticking hides the note; ticking again brings it back.
  const box = app(page).locator(`input[name="bukti-${first}"][value="${firstEvidence}"]`);
  await box.uncheck();
  await expect(note).toHaveCount(0);
  await box.check();
  await expect(note).toHaveValue(PKS_NOTE);

  // The second statement: a 5 with a note; the third: a 5 with no evidence.
  await tabTo(page, `input[name="${second}"][type="radio"]`);
  for (let p = 0; p < 4; p++) await page.keyboard.press("ArrowRight");
  await tabTo(page, `input[name="bukti-${second}"]`);
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.type(SCRIPT_NOTE);
  for (const id of ids.slice(2)) await app(page).locator(`input[name="${id}"][value="5"]`).check();
  await axeBoth(page, "catatan bukti");

  for (let step = 1; step < 8; step++) {
    await next(page);
    for (const id of await itemIds(page)) await app(page).locator(`input[name="${id}"][value="3"]`).check();
  }
  await next(page);
  await next(page);
  await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
  const bank = (await getBank(page, "kesiapan@2")) as unknown as { items: { id: string; statement: string }[] };
  const firstStatement = bank.items.find((i) => i.id === first)!.statement;
  await expectReportShowsNotes(page, firstStatement, "hasil dengan catatan");

  // Export, clear everything, import: all of it comes back.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh JSON (untuk impor)" }).click();
  const exported = await readFile((await (await downloading).path())!, "utf8");
  expect(JSON.parse(exported)).toMatchObject({
    catatanBukti: { [first]: { [firstEvidence]: PKS_NOTE } },
    rujukan: { instrumen: { nomor: "119/PKS/2025", berakhir: "2028-03-11" } },
  });
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh CSV per pernyataan" }).click();
  const csv = await readFile((await (await csvDownload).path())!, "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/;Bukti pendukung;Catatan bukti;Alasan tidak berlaku;Mitra;/);
  expect(csv).toContain(PKS_NOTE);

  await page.goto("penilaian/riwayat/");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(await siteKeys(page)).toEqual({});
  await importFiles(page, [file("cadangan.json", exported)]);
  await expect(page.getByText("Berkas cadangan.json diimpor dan disimpan di riwayat.")).toBeVisible();
  await page.locator(".hist-entry").getByRole("link", { name: /^Buka/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
  await expectReportShowsNotes(page, firstStatement, "hasil setelah impor");
  expectClean(problems, "catatan");
});

test("a share link carries notes while it fits, and says what it left out when it does not", async ({
  page,
  browser,
}) => {
  const bank = await getBank(page, "kesiapan@2");
  const base = exportFile(bank, "p-tautan-catatan", "Dinas Tautan", () => 4);
  const evidence = Object.fromEntries(bank.items.map((i) => [i.id, i.evidence]));
  const notes = (text: (n: number) => string) =>
    Object.fromEntries(
      bank.items.map((i, n) => [i.id, Object.fromEntries(i.evidence.map((e, k) => [e, text(n * 3 + k)]))]),
    );
  const rujukan = {
    mitra: [{ nama: "Universitas Contoh", jenis: "riset" }],
    instrumen: { jenis: "mou", nomor: "7/MOU/2025", tanggal: "2025-01-02", berakhir: "2027-01-01" },
    sasaran: "Sasaran tautan",
    program: "",
    kegiatan: "",
    subKegiatan: "",
    anggaran: "",
  };
  const short = { ...base, evidence, catatanBukti: notes((n) => `Nota dinas ${n}/2025`), rujukan };
  const long = {
    ...base,
    id: "p-tautan-panjang",
    evidence,
    catatanBukti: notes((n) => `${n} `.padEnd(300, "catatan yang sangat panjang; ")),
    rujukan,
  };
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [file("pendek.json", short), file("panjang.json", long)]);
  await expect(page.locator(".hist-entry")).toHaveCount(2);

  for (const [id, fits] of [
    ["p-tautan-catatan", true],
    ["p-tautan-panjang", false],
  ] as const) {
    await page.goto(`penilaian/hasil/#lokal=${id}`);
    await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
    await page.getByRole("button", { name: "Buat tautan" }).click();
    const link = await page.getByLabel("Tautan untuk dibagikan").inputValue();
    const omitted = page.locator("#share-omitted");
    if (fits) await expect(omitted).toHaveCount(0);
    else {
      await expect(omitted).toHaveText(
        "Bagian berikut tidak ikut dalam tautan ini karena tautannya akan terlalu panjang untuk dibuka: catatan bukti. Untuk menyertakannya, kirim berkas JSON hasil ini (Unduh JSON).",
      );
      await expect(page.getByLabel("Tautan untuk dibagikan")).toHaveAccessibleDescription(/catatan bukti/);
    }
    await axeBoth(page, fits ? "tautan dengan catatan" : "tautan tanpa catatan");

    const fresh = await openFresh(browser, link);
    await expect(fresh.page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
    // The planning references always fit; the notes only in the shorter result.
    await expect(fresh.page.getByRole("region", { name: "Rujukan perencanaan dan anggaran" })).toContainText(
      "7/MOU/2025",
    );
    const dimension = fresh.page.locator(".report-dimension").first();
    await dimension.locator("summary").click();
    if (fits) await expect(dimension.locator(".report-evidence")).toContainText("— catatan: Nota dinas 0/2025");
    else {
      await expect(dimension.locator(".report-evidence")).toBeVisible();
      await expect(dimension.locator(".report-evidence")).not.toContainText("— catatan:");
    }
    await axeBoth(fresh.page, fits ? "hasil dari tautan dengan catatan" : "hasil dari tautan tanpa catatan");
    expectClean(fresh.problems, "tautan catatan");
    await fresh.context.close();
  }
});

test("the paper form leaves a line for each evidence note and shows the planning references open", async ({
  browser,
}) => {
  // The static form as the form: the bank data cannot load (the service worker would answer it otherwise).
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/penilaian/data/*.json", (route) => route.abort());
  await page.goto("penilaian/kesiapan/");
  await expect(page.getByRole("alert")).toContainText("Data kuesioner tidak dapat dimuat");
  const form = page.locator("#asm-static");
  const boxes = await form.locator('input[type="checkbox"][name^="bukti-"]').count();
  expect(boxes).toBeGreaterThan(0);
  await expect(form.getByLabel("Catatan (nomor, tanggal, atau tautan dokumen):")).toHaveCount(boxes);
  await expect(form.locator(".asm-planning")).toHaveAttribute("open");
  await expect(form.getByLabel("Nama mitra 2")).toBeVisible();
  await expect(form.getByLabel("Tanggal berakhir")).toBeVisible();
  // The parts this change added (the whole static form is checked in questionnaire.spec.ts).
  for (const part of ["#asm-static .asm-context", "#asm-static .asm-dim"]) {
    await expectNoAxeViolations(page, `formulir kertas ${part} (terang)`, undefined, part);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, `formulir kertas ${part} (gelap)`, themeRules, part);
    await page.emulateMedia({ colorScheme: "light" });
  }
  await context.close();
});
