// Comparing partners: three files with flagged gaps, anonymous mode and the printed agenda; a pasted encrypted link.
import { expect as baseExpect, test } from "@playwright/test";
import { getBank, exportFile, file, importFiles, axeBoth } from "./support/assessment-files";
import { expectClean, watchPage } from "./support/page-checks";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("compare three partner files: flagged gaps, anonymous mode and the agenda", async ({ page }) => {
  const problems = await watchPage(page);
  const bank = await getBank(page);
  await page.goto("penilaian/bandingkan/");
  await axeBoth(page, "bandingkan kosong");
  const files = [
    file(
      "a.json",
      exportFile(bank, "p-a", "Dinas A", (d) => (d === 0 ? 5 : 4)),
    ),
    file(
      "b.json",
      exportFile(bank, "p-b", "Bappeda <script>alert(1)</script>", (d) => (d === 0 ? 2 : 4)),
    ),
    file(
      "c.json",
      exportFile(bank, "p-c", "Dinas A", () => 4),
    ),
  ];
  await page.getByLabel(/^Pilih berkas JSON/).setInputFiles(files);
  await expect(page.getByText("3 hasil ditambahkan.")).toBeVisible();
  await expect(page.getByLabel("Instansi responden 2")).toHaveValue("Bappeda <script>alert(1)</script>");
  const stats = page.locator("#cmp-stats");
  await expect(stats).toBeVisible();
  const firstDim = stats.locator("tbody tr").first();
  await expect(firstDim).toContainText("5,00");
  await expect(firstDim).toContainText("2,00");
  await expect(firstDim).toContainText("3,00"); // spread 5 − 2
  await expect(firstDim).toContainText("Ya, selisih besar");
  await expect(stats.locator("tbody tr").nth(1)).toContainText("Tidak");
  await expect(page.locator("#cmp-gaps tbody tr")).toHaveCount(
    bank.items.filter((i) => i.dimension === bank.dimensions[0]!.id).length,
  );
  const agenda = page.locator(".cmp-agenda");
  await expect(agenda.getByRole("heading", { name: "Tiga dimensi terlemah" })).toBeVisible();
  await expect(agenda.locator(".cmp-agenda-list").nth(1).locator("li").first()).toContainText(bank.dimensions[0]!.name);
  await expect(agenda.locator("a").first()).toHaveAttribute("href", /\/panduan\//);
  await expect(page.locator(".cmp script")).toHaveCount(0);
  await axeBoth(page, "perbandingan per responden");

  await page.getByLabel("Per instansi (rata-rata respondennya)").check();
  await expect(stats.locator("thead th")).toHaveCount(1 + 2 + 5);
  await axeBoth(page, "perbandingan per instansi");

  await page.getByLabel(/^Mode anonim/).check();
  await expect(stats.locator("thead th")).toHaveCount(1 + 5);
  await expect(page.locator("#cmp-stats")).not.toContainText("Bappeda");
  await axeBoth(page, "anonim 3 responden");
  await page.getByLabel("Jumlah responden minimal untuk mode anonim").selectOption("4");
  await expect(page.locator("#cmp-anon-reason")).toContainText("sedikitnya 4 responden");
  await expect(page.locator("#cmp-stats")).toHaveCount(0);
  await axeBoth(page, "anonim di bawah ambang");
  await page.getByLabel("Jumlah responden minimal untuk mode anonim").selectOption("3");

  // "Cetak agenda diskusi" marks the page so that only the agenda prints; record that state when print is called.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset["printedAgenda"] = String(document.documentElement.classList.contains("cmp-print-agenda"));
    };
  });
  await page.getByRole("button", { name: "Cetak agenda diskusi" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed-agenda", "true");
  await page.evaluate(() => document.documentElement.classList.add("cmp-print-agenda"));
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".cmp-agenda")).toBeVisible();
  await expect(page.locator("#cmp-stats")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  test.info().annotations.push({ type: "agenda-pdf-pages", description: String(pages) });
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: "screen" });
  expectClean(problems, "bandingkan");
});

test("compare a pasted encrypted share link with a chosen file", async ({ page }) => {
  const bank = await getBank(page);
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "mitra.json",
      exportFile(bank, "p-tautan", "Dinas Tautan", () => 5),
    ),
  ]);
  await page.locator(".hist-entry").getByRole("link", { name: /^Buka/ }).click();
  await page.getByLabel("Lindungi dengan kata sandi").check();
  await page.getByLabel(/^Kata sandi \(minimal/).fill("sandi-mitra-123");
  await page.getByRole("button", { name: "Buat tautan" }).click();
  const link = await page.getByLabel("Tautan untuk dibagikan").inputValue();

  await page.goto("penilaian/bandingkan/");
  await page.getByLabel("Tempel tautan hasil (satu per baris)").fill(link);
  await page.getByLabel(/^Kata sandi tautan/).fill("salah-salah");
  await page.getByRole("button", { name: "Tambahkan tautan" }).click();
  await expect(page.getByText(/Tautan 1: Kata sandi salah/)).toBeVisible();
  await page.getByLabel("Tempel tautan hasil (satu per baris)").fill(link);
  await page.getByLabel(/^Kata sandi tautan/).fill("sandi-mitra-123");
  await page.getByRole("button", { name: "Tambahkan tautan" }).click();
  await expect(page.getByText("1 hasil ditambahkan.")).toBeVisible();
  await expect(page.getByLabel("Instansi responden 1")).toHaveValue("Dinas Tautan");
  await expect(page.getByText("Tambahkan sedikitnya satu hasil lagi untuk membandingkan.")).toBeVisible();
  await page.getByLabel(/^Pilih berkas JSON/).setInputFiles([
    file(
      "b.json",
      exportFile(bank, "p-berkas", "Dinas Berkas", () => 2),
    ),
  ]);
  await expect(page.locator("#cmp-stats tbody tr").first()).toContainText("Ya, selisih besar");
  await expect(page.locator(".cmp .chart-legend li")).toHaveCount(2);
  await axeBoth(page, "perbandingan tautan dan berkas");
});

test("an agency's own situation differs between two agencies without a disagreement flag", async ({ page }) => {
  const problems = await watchPage(page);
  const bank = await getBank(page, "kesiapan@2");
  const own = bank.items.findIndex((i) => i.sudut === "instansi");
  const shared = bank.items.findIndex((i) => i.sudut === "kemitraan");
  await page.goto("penilaian/bandingkan/");
  await page.getByLabel(/^Pilih berkas JSON/).setInputFiles([
    file(
      "a.json",
      exportFile(bank, "p-a", "Dinas A", () => 4),
    ),
    file(
      "b.json",
      exportFile(bank, "p-b", "Bappeda B", (_d, i) => (i === own || i === shared ? 1 : 4)),
    ),
  ]);
  await expect(page.getByText("2 hasil ditambahkan.")).toBeVisible();
  const ownStatement = bank.items[own]!.statement;
  const sharedStatement = bank.items[shared]!.statement;
  // A statement about the partnership that the two answer 4 and 1 is flagged as a gap to discuss...
  const gaps = page.locator("#cmp-gaps");
  await expect(gaps.getByRole("rowheader", { name: sharedStatement })).toBeVisible();
  await expect(gaps.locator("tbody tr").filter({ hasText: sharedStatement })).toContainText("⚠ 3,00");
  // ...while the same difference on a statement about each agency's own situation is shown side by side, unflagged.
  await expect(gaps.getByRole("rowheader", { name: ownStatement })).toHaveCount(0);
  const ownTable = page.locator("#cmp-own");
  await expect(page.getByRole("heading", { name: "Keadaan masing-masing instansi" })).toBeVisible();
  const ownRow = ownTable.locator("tbody tr").filter({ hasText: ownStatement });
  await expect(ownRow).toHaveCount(1);
  await expect(ownRow.locator("td")).toHaveCount(2);
  await expect(ownRow).not.toContainText("⚠");
  await expect(page.locator(".cmp-agenda")).not.toContainText(ownStatement);
  await axeBoth(page, "keadaan masing-masing instansi");
  expectClean(problems, "bandingkan instansi");
});
