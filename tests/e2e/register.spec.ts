// The partnership register (/penilaian/daftar/) as an officer uses it: import the agency's 50-row list with its
// problems, fix and confirm, filter, export CSV and iCalendar (the downloads are parsed), back up and restore, edit,
// print, delete; the keyboard alone for the form; an entry made from an assessment and linked after "Nilai
// sekarang". axe runs in light and dark in every state. The clock is fixed, so "today" is 1 December 2026.
//
// tests/fixtures/register/daftar-50.csv is a Windows-1252 export with ";" separators, a title line above the
// header, and 50 rows: 6 with errors (rows 8, 15, 21, 27, 34, 43 of the sheet: empty name, 31/02/2025, a
// month-first date, an end before the start, status "Proses", a number repeated from row 5) and some warnings
// (a formula-like note, an unknown partner type, an empty status). Its "Unit Pengelola" column is not a known
// header, so the officer maps it to "Penanggung jawab" by hand.
import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { parseCsv } from "../../src/lib/csv/parse";
import { registerBackup } from "../../src/lib/register/backup";
import { syntheticRegister } from "../bench/register-corpus";
import { axeBoth, exportFile, file, getBank, importFiles, siteKeys } from "./support/assessment-files";
import { expectClean, watchPage } from "./support/page-checks";

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ mode: "parallel", timeout: 300_000 });

const FIXTURE = "tests/fixtures/register/daftar-50.csv";
const NOW = new Date("2026-12-01T10:00:00+07:00");

async function openRegister(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto("penilaian/daftar/");
  await expect(page.getByRole("heading", { level: 2, name: /^Kemitraan \(\d+\)$/ })).toBeVisible();
}

const importPanel = (page: Page) => page.getByRole("group", { name: "Impor dari CSV" });
const previewRow = (page: Page, n: number) => importPanel(page).locator(`li[data-row="${n}"]`);
const rowCounts = (page: Page) => importPanel(page).getByRole("status").filter({ hasText: "siap diimpor" });
const table = (page: Page) => page.getByRole("table", { name: /^Kemitraan menurut tanggal berakhir/ });
const tableRow = (page: Page, name: string) =>
  table(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });
/** The row headers in the table, in order; retried until the rows a filter picked are all drawn. */
const expectNames = (page: Page, names: string[]) => expect(table(page).locator("tbody th")).toHaveText(names);
const counts = (page: Page) => page.locator(".reg-count-list").innerText();

async function download(page: Page, button: Locator) {
  const [d] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: d.suggestedFilename(), text: await readFile((await d.path())!, "utf8"), path: (await d.path())! };
}

async function fixCell(page: Page, row: number, label: string, value: string) {
  const item = previewRow(page, row);
  await item.getByRole("button", { name: `Perbaiki baris ${row}` }).click();
  await item.getByLabel(label, { exact: true }).fill(value);
  await item.getByRole("button", { name: "Periksa ulang" }).click();
  await expect(item).not.toContainText("Perlu diperbaiki");
  await expect(item.getByRole("checkbox")).toBeEnabled();
}

/** No sideways scroll on a 360 px phone; the table scrolls inside its own labelled, focusable box. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${label} scrolls sideways at 360 px`).toBeLessThanOrEqual(clientWidth);
  if (size) await page.setViewportSize(size);
}

test("imports a 50-row list with problems, fixes and confirms, filters, exports, backs up, edits, prints and deletes", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await openRegister(page);
  await expect(page.getByText("Belum ada kemitraan di daftar ini.")).toBeVisible();
  await axeBoth(page, "daftar kosong");

  // Preview: file facts, the mapping, each row's problems in Indonesian.
  await page.getByRole("button", { name: "Impor dari CSV" }).click();
  await page.getByLabel("Berkas CSV").setInputFiles(FIXTURE);
  const panel = importPanel(page);
  await expect(panel).toContainText(
    "daftar-50.csv: 50 baris data, pengodean Windows-1252, pemisah titik koma (;), judul kolom di baris 3.",
  );
  await expect(panel).toContainText("1 baris di atas judul kolom (baris 3) dilewati.");
  const mapping = panel.getByRole("table", { name: /^Pemetaan kolom/ });
  await expect(mapping.getByLabel("Isian untuk kolom Nama Kerja Sama")).toHaveValue("name");
  await expect(mapping.getByLabel("Isian untuk kolom Tgl Berakhir")).toHaveValue("endsOn");
  await expect(mapping.getByLabel("Isian untuk kolom No", { exact: true })).toHaveValue("");
  const unit = mapping.getByLabel("Isian untuk kolom Unit Pengelola");
  await expect(unit).toHaveValue("");
  await unit.selectOption({ label: "Penanggung jawab" });
  await expect(rowCounts(page)).toHaveText(
    "44 baris siap diimpor, 6 baris perlu diperbaiki, 0 baris dicentang untuk diimpor.",
  );
  await expect(previewRow(page, 8)).toContainText("Perlu diperbaiki: Nama kemitraan kosong.");
  await expect(previewRow(page, 15)).toContainText(
    "Kolom “Tgl Penandatanganan”: “31/02/2025” bukan tanggal yang dikenali.",
  );
  await expect(previewRow(page, 21)).toContainText("tampaknya ditulis bulan lebih dahulu");
  await expect(previewRow(page, 27)).toContainText("Tanggal berakhir lebih awal daripada tanggal penandatanganan.");
  await expect(previewRow(page, 34)).toContainText("Status “Proses” tidak dikenal.");
  await expect(previewRow(page, 43)).toContainText("Baris ini sama dengan baris 5 di berkas yang sama.");
  await expect(previewRow(page, 10)).toContainText("Catatan: Kolom “Keterangan” berisi teks yang diawali =");
  await expect(previewRow(page, 12)).toContainText(
    "Jenis mitra “Koperasi” tidak dikenal, jadi dicatat sebagai Lainnya.",
  );
  await expect(previewRow(page, 27).getByRole("checkbox")).toBeDisabled();
  await axeBoth(page, "pratinjau impor");

  // Fix three rows; the other three stay out.
  await fixCell(page, 8, "Nama kemitraan", "Kerja Sama Air Minum 5");
  await fixCell(page, 15, "Tanggal penandatanganan", "28/02/2025");
  await fixCell(page, 21, "Tanggal berakhir", "25/03/2027");
  await expect(rowCounts(page)).toHaveText(
    "47 baris siap diimpor, 3 baris perlu diperbaiki, 0 baris dicentang untuk diimpor.",
  );
  // Only ticked rows are imported: all ready rows but one first, then that one.
  await panel.getByRole("button", { name: "Centang semua baris yang siap (47)" }).click();
  await previewRow(page, 10).getByRole("checkbox").uncheck();
  await panel.getByRole("button", { name: "Impor 46 baris yang dicentang" }).click();
  await expect(panel).toContainText("46 kemitraan ditambahkan ke daftar");
  await expect(page.getByRole("heading", { level: 2, name: "Kemitraan (46)" })).toBeVisible();
  await expect(previewRow(page, 8)).toHaveCount(0);
  await previewRow(page, 10).getByRole("checkbox").check();
  await panel.getByRole("button", { name: "Impor 1 baris yang dicentang" }).click();
  await expect(panel).toContainText("1 kemitraan ditambahkan ke daftar");
  await axeBoth(page, "hasil impor");

  // The same file again: every row is already in the register or still broken; nothing is overwritten.
  await page.getByLabel("Berkas CSV").setInputFiles(FIXTURE);
  await expect(rowCounts(page)).toContainText("0 baris siap diimpor, 50 baris perlu diperbaiki");
  await expect(previewRow(page, 4)).toContainText(
    "Kemitraan ini sudah ada di daftar (“Kerja Sama Pelatihan Vokasi 1”)",
  );
  await panel.getByRole("button", { name: "Tutup impor" }).click();
  await expect(page.getByRole("button", { name: "Impor dari CSV" })).toBeFocused();

  // The table: counts at the top, default order by end date, flags as icon and text, Indonesian dates.
  await expect(page.getByRole("heading", { level: 2, name: "Kemitraan (47)" })).toBeVisible();
  expect(await counts(page)).toMatch(
    /47\s+kemitraan tercatat\s+3\s+berakhir dalam 30 hari\s+7\s+berakhir dalam 90 hari\s+2\s+peninjauan terlambat\s+2\s+lewat tanggal berakhir/,
  );
  await expect(table(page).locator("tbody tr")).toHaveCount(20);
  expect((await table(page).locator("tbody th").allInnerTexts()).slice(0, 4)).toEqual([
    "Kerja Sama Layanan Data 20",
    "Kerja Sama Pelatihan Vokasi 21",
    "Kerja Sama Pengelolaan Sampah 22",
    "Kerja Sama Layanan Data 10",
  ]);
  const first = tableRow(page, "Kerja Sama Pelatihan Vokasi 1");
  await expect(first).toContainText("10 Desember 2026");
  await expect(first).toContainText("9 hari lagi");
  await expect(first).toContainText("Bagian Kerja Sama");
  await expect(first).toContainText("Belum dinilai");
  await expect(first.getByRole("link", { name: /^Nilai sekarang \(Kesehatan Kemitraan\) untuk/ })).toHaveAttribute(
    "href",
    /\/penilaian\/kesehatan\/$/,
  );
  await expect(tableRow(page, "Kerja Sama Layanan Data 10")).toContainText(
    "Lewat 31 hari dari tanggal berakhir; perbarui status",
  );
  await expect(tableRow(page, "Kerja Sama Air Minum 13")).toContainText("Peninjauan terlambat");
  await expect(tableRow(page, "Kerja Sama Air Minum 13").locator(".reg-flag svg")).toHaveCount(1);
  const desa = tableRow(page, "Program Desa Digital – Tahap II");
  await expect(desa).toContainText("Dinas Kominfo Kabupaten");
  await expect(desa).toContainText("PT Telekomunikasi Daerah");
  await expect(desa).toContainText("Pemerintah–swasta");
  await expect(page.getByRole("region", { name: /^Kemitraan menurut tanggal berakhir/ })).toHaveAttribute(
    "tabindex",
    "0",
  );
  await axeBoth(page, "daftar berisi");
  await expectNoSidewaysScroll(page, "daftar berisi");

  // Filters. The table does not move when "Hapus saringan" appears; it is busy until the new rows are drawn, and its
  // caption counts them once they are.
  const region = page.getByRole("region", { name: /^Kemitraan menurut tanggal berakhir/ });
  const top = () => table(page).evaluate((t) => t.getBoundingClientRect().top + scrollY);
  const topBefore = await top();
  await page.getByLabel("Berakhir dalam 90 hari").check();
  await expect(page.getByText("Menampilkan 7 dari 47 kemitraan.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Hapus saringan" })).toBeVisible();
  expect(await top()).toBe(topBefore);
  await expect(region).not.toHaveAttribute("aria-busy");
  await expect(table(page).locator("caption")).toHaveText("Kemitraan menurut tanggal berakhir terdekat (7 dari 47)");
  await expectNames(page, [
    "Kerja Sama Pelatihan Vokasi 1",
    "Kerja Sama Pengelolaan Sampah 2",
    "Program Desa Digital – Tahap II",
    "Kerja Sama Literasi Digital 4",
    "Kerja Sama Kesehatan Ibu 25",
    "Kerja Sama Pariwisata 6",
    "Kerja Sama Transportasi 8",
  ]);
  await page.getByLabel("Dalam perpanjangan").check();
  await expectNames(page, ["Kerja Sama Kesehatan Ibu 25"]);
  await page.getByRole("button", { name: "Hapus saringan" }).click();
  await expect(page.getByText("Menampilkan semua 47 kemitraan.")).toBeVisible();
  // Without a filter the button keeps its place but is neither shown nor focusable.
  await expect(page.getByRole("button", { name: "Hapus saringan" })).toHaveCount(0);
  expect(await top()).toBe(topBefore);
  await page.getByLabel("Jenis mitra", { exact: true }).selectOption({ label: "Pendidikan–industri" });
  await expect(page.getByText("Menampilkan 8 dari 47 kemitraan.")).toBeVisible();
  await page.getByLabel("Peninjauan terlambat").check();
  await expectNames(page, ["Kerja Sama Air Minum 13"]);
  await axeBoth(page, "daftar tersaring");
  await page.getByRole("button", { name: "Hapus saringan" }).click();

  // CSV export: the site's conventions, every entry, the latest-assessment column; it imports back unchanged.
  const csv = await download(page, page.getByRole("button", { name: "Unduh CSV" }));
  expect(csv.name).toBe("siapmitra-daftar-kemitraan-2026-12-01.csv");
  expect(csv.text.startsWith("\uFEFFNama kemitraan;Mitra;Jenis mitra;Instrumen;Nomor;")).toBe(true);
  const { rows } = parseCsv(csv.text);
  expect(rows[0]!.at(-1)).toBe("Penilaian terakhir");
  expect(rows).toHaveLength(48);
  const desaRow = rows.find((r) => r[0] === "Program Desa Digital – Tahap II")!;
  expect(desaRow.slice(1, 11)).toEqual([
    "Dinas Kominfo Kabupaten\nPT Telekomunikasi Daerah",
    "Antarinstansi\nPemerintah–swasta",
    "PKS",
    "003/PKS/BKS/2025",
    "2025-04-04",
    "2026-12-31",
    "Bagian Kerja Sama",
    "Aktif",
    "2027-06-30",
    "",
  ]);
  expect(rows.find((r) => r[0] === "Kerja Sama Pangan Lokal 7")![10]).toBe('\'=HYPERLINK("http://contoh.invalid")');

  // iCalendar export: one event per future end and review date of running entries, two reminders each.
  const ics = await download(page, page.getByRole("button", { name: "Unduh kalender (.ics)" }));
  expect(ics.name).toBe("siapmitra-daftar-kemitraan-2026-12-01.ics");
  for (const line of ics.text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const cal = new ICAL.Component(ICAL.parse(ics.text));
  const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(82);
  const end = events.find((e) => e.summary === "Berakhir: Kerja Sama Pelatihan Vokasi 1")!;
  expect(end.startDate.toString()).toBe("2026-12-10");
  expect(end.startDate.isDate).toBe(true);
  expect(end.description).toContain("Penanggung jawab: Bagian Kerja Sama");
  const alarms = end.component.getAllSubcomponents("valarm").map((a) => String(a.getFirstPropertyValue("trigger")));
  expect(alarms).toEqual(["-P90D", "-P30D"]);
  expect(events.filter((e) => e.summary.startsWith("Peninjauan: Kerja Sama Air Minum 13"))).toHaveLength(0);

  // Backup.
  const backup = await download(page, page.getByRole("button", { name: "Unduh cadangan (JSON)" }));
  expect(backup.name).toBe("siapmitra-daftar-kemitraan-2026-12-01.json");
  expect((JSON.parse(backup.text) as { entries: unknown[] }).entries).toHaveLength(47);

  // Edit a row: a problem keeps everything typed, then the save goes through.
  await first.getByRole("button", { name: "Ubah Kerja Sama Pelatihan Vokasi 1" }).click();
  const form = page.getByRole("form", { name: /^Ubah kemitraan/ });
  await expect(form.getByRole("heading", { name: "Ubah kemitraan “Kerja Sama Pelatihan Vokasi 1”" })).toBeFocused();
  await form.getByLabel("Tanggal berakhir").fill("2027-12-10");
  await form.getByLabel("Penanggung jawab").fill("Kepala Bagian Kerja Sama");
  await form.getByLabel(/^Nama kemitraan/).fill("   ");
  await form.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(form.getByRole("alert")).toContainText("Kemitraan belum disimpan karena 1 isian perlu diperbaiki:");
  await expect(form.getByRole("alert")).toBeFocused();
  await expect(form.getByLabel(/^Nama kemitraan/)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Penanggung jawab")).toHaveValue("Kepala Bagian Kerja Sama");
  await axeBoth(page, "formulir dengan galat");
  await form.getByRole("link", { name: "Nama kemitraan wajib diisi." }).click();
  await expect(form.getByLabel(/^Nama kemitraan/)).toBeFocused();
  await page.keyboard.type("Kerja Sama Pelatihan Vokasi 1 (diperpanjang)");
  await form.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Perubahan pada “Kerja Sama Pelatihan Vokasi 1 (diperpanjang)” disimpan.")).toBeVisible();
  const edited = tableRow(page, "Kerja Sama Pelatihan Vokasi 1 (diperpanjang)");
  await expect(edited.getByRole("button", { name: /^Ubah/ })).toBeFocused();
  await expect(edited).toContainText("10 Desember 2027");
  await expect(edited).toContainText("Kepala Bagian Kerja Sama");
  expect(await counts(page)).toMatch(/2\s+berakhir dalam 30 hari\s+6\s+berakhir dalam 90 hari/);

  // Print: one A4 landscape table without the controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".reg-filters")).toBeHidden();
  await expect(table(page).getByRole("columnheader", { name: "Tindakan" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Ekspor, cetak, dan cadangan" })).toBeHidden();
  await page.emulateMedia({ media: null });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  const [, w, h] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
  expect(Number(w)).toBeGreaterThan(Number(h));
  expect(Math.round(Number(w))).toBe(842);

  // Delete one row, then everything.
  await tableRow(page, "Kerja Sama Layanan Data 20")
    .getByRole("button", { name: /^Hapus/ })
    .click();
  await expect(page.getByRole("button", { name: "Batal" })).toBeFocused();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByText("“Kerja Sama Layanan Data 20” dihapus dari daftar.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kemitraan (46)" })).toBeFocused();
  await page.getByRole("button", { name: "Hapus semua data SiapMitra di perangkat ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus semua" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kemitraan (0)" })).toBeVisible();
  expect(Object.keys(await siteKeys(page))).toEqual([]);

  // Restore the backup: everything comes back; a second restore adds nothing.
  await page.getByLabel("Pulihkan dari cadangan (JSON)").setInputFiles(backup.path);
  await expect(page.getByText(/^Cadangan dipulihkan: 47 kemitraan ditambahkan, 0 sudah ada/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kemitraan (47)" })).toBeVisible();
  await page.getByLabel("Pulihkan dari cadangan (JSON)").setInputFiles(backup.path);
  await expect(page.getByText(/^Cadangan dipulihkan: 0 kemitraan ditambahkan, 47 sudah ada dan sama/)).toBeVisible();
  expectClean(problems, "daftar kemitraan");
});

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Types a date into the focused date input as a keyboard user would. The order of the day and month fields follows
 * the browser's own language, not the page's, so the first date typed tells which order this browser uses.
 */
async function typeDate(page: Page, input: Locator, date: string) {
  const [y, m, d] = date.split("-") as [string, string, string];
  await page.keyboard.type(`02032026`);
  const dayFirst = (await input.inputValue()) === "2026-03-02";
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type(dayFirst ? `${d}${m}${y}` : `${m}${d}${y}`);
  await expect(input).toHaveValue(date);
}

test("keyboard only: add a partnership with the form (fixing a mistake), filter, and delete it", async ({ page }) => {
  const problems = await watchPage(page);
  await openRegister(page);
  await tabTo(page, page.getByRole("button", { name: "Isi formulir" }));
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Kemitraan baru" });
  await expect(form.getByRole("heading", { name: "Kemitraan baru" })).toBeFocused();

  await tabTo(page, form.getByLabel(/^Nama kemitraan/));
  await page.keyboard.type("Kerja Sama Layanan Administrasi Kependudukan");
  await tabTo(page, form.getByRole("button", { name: "Tambah mitra" }));
  await page.keyboard.press("Enter");
  await expect(form.getByLabel("Nama mitra ke-1")).toBeFocused();
  await page.keyboard.type("Pemerintah Kota Tetangga");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Jenis mitra ke-1")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(form.getByLabel("Jenis mitra ke-1")).toHaveValue("antar-daerah");
  await tabTo(page, form.getByLabel("Tanggal penandatanganan"));
  await typeDate(page, form.getByLabel("Tanggal penandatanganan"), "2026-01-15");
  await tabTo(page, form.getByLabel("Tanggal berakhir"));
  await typeDate(page, form.getByLabel("Tanggal berakhir"), "2027-01-14");
  // Submit without an instrument: the summary takes focus and its link leads to the field.
  await tabTo(page, form.getByRole("button", { name: "Simpan ke daftar" }));
  await page.keyboard.press("Enter");
  const summary = form.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Pilih instrumen: MoU, PKS, atau lainnya.");
  await axeBoth(page, "formulir baru dengan galat");
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link")).toBeFocused();
  await page.keyboard.press("Enter");
  const instrument = form.getByLabel(/^Instrumen/);
  await expect(instrument).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(instrument).toHaveValue("pks");
  await expect(form.getByLabel("Nama mitra ke-1")).toHaveValue("Pemerintah Kota Tetangga");
  await tabTo(page, form.getByRole("button", { name: "Simpan ke daftar" }));
  await page.keyboard.press("Enter");

  await expect(page.getByText("“Kerja Sama Layanan Administrasi Kependudukan” ditambahkan ke daftar.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Isi formulir" })).toBeFocused();
  const row = tableRow(page, "Kerja Sama Layanan Administrasi Kependudukan");
  await expect(row).toContainText("15 Januari 2026");
  await expect(row).toContainText("14 Januari 2027");
  await expect(row).toContainText("Antardaerah");
  await expect(row).toContainText("PKS");

  // Filter with the keyboard: the one entry is aktif, so "Berakhir" hides it.
  await tabTo(page, page.getByLabel("Berakhir", { exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByText("Menampilkan 0 dari 1 kemitraan.")).toBeVisible();
  await expect(page.getByText("Tidak ada kemitraan yang sesuai dengan saringan ini.")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByText("Menampilkan semua 1 kemitraan.")).toBeVisible();

  // The table box scrolls with the keyboard too.
  await tabTo(page, page.getByRole("region", { name: /^Kemitraan menurut tanggal berakhir/ }));
  await tabTo(page, row.getByRole("button", { name: /^Hapus/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Batal" })).toBeFocused();
  await axeBoth(page, "konfirmasi hapus");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Ya, hapus" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Kemitraan (0)" })).toBeFocused();
  expect(Object.keys(await siteKeys(page)).filter((k) => k.startsWith("siapmitra-daftar:"))).toEqual([]);
  expectClean(problems, "daftar kemitraan (papan ketik)");
});

test("a long register: 20 rows at a time, more with the keyboard, a saved row kept in view, every row printed", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await openRegister(page);
  const backup = JSON.stringify(registerBackup(syntheticRegister(120), NOW));
  await page.getByLabel("Pulihkan dari cadangan (JSON)").setInputFiles({
    name: "cadangan-120.json",
    mimeType: "application/json",
    buffer: Buffer.from(backup),
  });
  await expect(page.getByText(/^Cadangan dipulihkan: 120 kemitraan ditambahkan/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kemitraan (120)" })).toBeVisible();
  const rows = table(page).locator("tbody tr");
  await expect(rows).toHaveCount(20);
  await expect(page.getByText("Tabel memuat 20 kemitraan pertama dari 120 yang sesuai dengan saringan.")).toBeVisible();
  await axeBoth(page, "daftar panjang");

  // The next rows with the keyboard: focus lands on the first row added, and Tab carries on inside it.
  // Focus is still on the restore control below the table: back up to the button.
  await tabTo(page, page.getByRole("button", { name: "Tampilkan 20 berikutnya" }), true);
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(40);
  await expect(rows.nth(20).getByRole("rowheader")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(rows.nth(20).getByRole("link", { name: /^Nilai sekarang/ })).toBeFocused();
  // Three stops a row: the rest of the 20 rows added, then the button.
  await tabTo(page, page.getByRole("button", { name: "Tampilkan 20 berikutnya" }), false, 100);
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(60);
  await expect(rows.nth(40).getByRole("rowheader")).toBeFocused();
  await page.getByRole("button", { name: "Tampilkan semua (120)" }).click();
  await expect(rows).toHaveCount(120);
  await expect(rows.nth(60).getByRole("rowheader")).toBeFocused();
  await expect(page.getByText(/^Tabel memuat/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Tampilkan/ })).toHaveCount(0);

  // A filter starts again from the first page; "Tampilkan semua" shows every matching row.
  await page.getByLabel("Aktif", { exact: true }).check();
  await expect(rows).toHaveCount(20);
  await page.getByRole("button", { name: "Tampilkan semua (120)" }).click();
  await expect(rows).toHaveCount(120);
  await expect(rows.nth(20).getByRole("rowheader")).toBeFocused();
  await page.getByRole("button", { name: "Hapus saringan" }).click();
  await expect(rows).toHaveCount(20);

  // Printing puts every matching row in the table, and the page goes back to 20 afterwards.
  await page.evaluate(() => {
    addEventListener("beforeprint", () =>
      queueMicrotask(() => {
        (window as unknown as { rowsPrinted: number }).rowsPrinted =
          document.querySelectorAll(".reg-table tbody tr").length;
      }),
    );
  });
  await page.pdf({ preferCSSPageSize: true });
  expect(await page.evaluate(() => (window as unknown as { rowsPrinted: number }).rowsPrinted)).toBe(120);
  await expect(rows).toHaveCount(20);

  // The first row gets a later end date and sorts past the first 20: it stays in the table, with focus.
  const name = await rows.first().getByRole("rowheader").innerText();
  await rows.first().getByRole("button", { name: /^Ubah/ }).click();
  const form = page.getByRole("form", { name: /^Ubah kemitraan/ });
  await form.getByLabel("Tanggal berakhir").fill("2099-12-31");
  await form.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText(`Perubahan pada “${name}” disimpan.`)).toBeVisible();
  const moved = tableRow(page, name);
  await expect(moved.getByRole("button", { name: /^Ubah/ })).toBeFocused();
  expect(await rows.count()).toBeGreaterThan(20);
  expectClean(problems, "daftar panjang");
});

test("an entry made from an assessment's planning references, and the next assessment linked after Nilai sekarang", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await page.clock.setFixedTime(NOW);
  const bank = await getBank(page, "kesehatan@2");
  const rujukan = {
    mitra: [{ nama: "Universitas Contoh", jenis: "pendidikan-industri" }],
    instrumen: { jenis: "pks", nomor: "77/PKS/2026", tanggal: "2026-01-15", berakhir: "2027-01-14" },
    sasaran: "",
    program: "",
    kegiatan: "",
    subKegiatan: "",
    anggaran: "",
  };
  const earlier = { ...exportFile(bank, "hasil-awal", "Dinas Uji", () => 2, "2026-06-01T02:00:00.000Z"), rujukan };
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [file("awal.json", earlier)]);
  await expect(page.locator(".hist-entry")).toHaveCount(1);

  await page.goto("penilaian/daftar/");
  await page.getByRole("button", { name: "Buat dari penilaian" }).click();
  const picker = page.getByRole("group", { name: "Buat dari hasil penilaian" });
  await picker.getByLabel("Penilaian", { exact: true }).selectOption("hasil-awal");
  await expect(picker.getByText("Penilaian ini memuat rujukan perencanaan")).toBeVisible();
  await axeBoth(page, "buat dari penilaian");
  await picker.getByRole("button", { name: "Lanjutkan ke formulir" }).click();
  const form = page.getByRole("form", { name: "Kemitraan baru" });
  await expect(form.getByLabel(/^Nama kemitraan/)).toHaveValue("Program uji");
  await expect(form.getByLabel("Nama mitra ke-1")).toHaveValue("Universitas Contoh");
  await expect(form.getByLabel("Jenis mitra ke-1")).toHaveValue("pendidikan-industri");
  await expect(form.getByLabel(/^Instrumen/)).toHaveValue("pks");
  await expect(form.getByLabel("Nomor")).toHaveValue("77/PKS/2026");
  await expect(form.getByLabel("Tanggal penandatanganan")).toHaveValue("2026-01-15");
  await expect(form.getByLabel("Tanggal berakhir")).toHaveValue("2027-01-14");
  await expect(form.getByRole("group", { name: "Penilaian terkait" })).toContainText("Dinas Uji – Program uji");
  await form.getByLabel("Peninjauan berikutnya").fill("2027-06-01");
  await form.getByRole("button", { name: "Simpan ke daftar" }).click();

  const row = tableRow(page, "Program uji");
  await expect(row.getByRole("link", { name: "Perlu perhatian" })).toHaveAttribute(
    "href",
    /\/penilaian\/hasil\/#lokal=hasil-awal$/,
  );
  await expect(row).toContainText("Baru satu penilaian");
  const assess = row.getByRole("link", { name: /^Nilai sekarang \(Kesehatan Kemitraan\)/ });
  await expect(assess).toHaveAttribute("href", /\/penilaian\/kesehatan\/$/);
  await assess.click();
  await expect(page).toHaveURL(/\/penilaian\/kesehatan\/$/);

  // The officer finishes the questionnaire (here: a later result arrives in the history) and comes back.
  const later = exportFile(bank, "hasil-baru", "Dinas Uji", () => 5, "2026-12-01T04:00:00.000Z");
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [file("baru.json", later)]);
  await expect(page.locator(".hist-entry")).toHaveCount(2);
  await page.goto("penilaian/daftar/");
  const offer = page.getByRole("group", { name: /^Penilaian “Dinas Uji – Program uji, 20 November 2026” selesai/ });
  await expect(offer).toContainText("Tautkan penilaian ini ke kemitraan tersebut?");
  await axeBoth(page, "tawaran tautan");
  await offer.getByRole("button", { name: "Ya, tautkan" }).click();
  await expect(row.getByRole("link", { name: "Kekuatan" })).toHaveAttribute("href", /#lokal=hasil-baru$/);
  await expect(row).toContainText("Membaik");
  await row.getByText("Semua penilaian (2)").click();
  await expect(row.getByRole("link", { name: /: Perlu perhatian$/ })).toHaveAttribute("href", /#lokal=hasil-awal$/);
  await axeBoth(page, "penilaian tertaut");
  // The offer is gone once answered.
  await page.reload();
  await expect(row.getByRole("link", { name: "Kekuatan" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ya, tautkan" })).toHaveCount(0);
  expectClean(problems, "daftar dari penilaian");
});

test("an unreadable stored entry is kept aside with a message, and the rest still shows", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  // Seed storage before any page script runs: written after a first load, the island of that load could already read
  // (and set aside) the damaged entry before the reload, and the message would never show (a flake seen in CI).
  await page.addInitScript(() => {
    const entry = {
      format: 1,
      id: "p-0123456789abcdef",
      name: "Kemitraan utuh",
      partners: [],
      instrument: "mou",
      number: "",
      signedOn: "",
      endsOn: "2027-05-01",
      personInCharge: "",
      status: "aktif",
      reviewOn: "",
      note: "",
      assessmentIds: [],
      createdAt: "2026-11-01T00:00:00.000Z",
      updatedAt: "2026-11-01T00:00:00.000Z",
    };
    localStorage.setItem(`siapmitra-daftar:${entry.id}`, JSON.stringify(entry));
    localStorage.setItem("siapmitra-daftar:p-rusak", "{bukan json");
  });
  await page.goto("penilaian/daftar/");
  await expect(page.getByText("1 data kemitraan tidak dapat dibaca; datanya disimpan terpisah")).toBeVisible();
  await expect(tableRow(page, "Kemitraan utuh")).toBeVisible();
  const keys = Object.keys(await siteKeys(page));
  expect(keys.some((k) => k.startsWith("siapmitra-daftar:rusak:"))).toBe(true);
  expect(keys).not.toContain("siapmitra-daftar:p-rusak");
  await axeBoth(page, "data rusak");
});
