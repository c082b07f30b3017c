// The agreed team score: three respondents compared, the facilitator records levels and notes by keyboard (in
// anonymous mode too), a storage error loses nothing, the result is saved, listed as agreed in the history, and its
// report shows the spread beside each agreed level. axe runs in every state, light and dark.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { axeBoth, exportFile, file, getBank, siteKeys } from "./support/assessment-files";
import { expectClean, watchPage } from "./support/page-checks";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const EVIDENCE_NOTE = "Kajian Bappeda No. 12/2026, 3 Februari 2026";

/** Chooses a level by keyboard: Space checks the first choice, each ArrowRight moves one choice on. */
async function chooseByKeyboard(page: Page, itemId: string, steps: number) {
  await page.locator(`input[name="agr-${itemId}"]`).first().focus();
  await page.keyboard.press("Space");
  for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowRight");
}

test("reach an agreed score from three files, save it, and find it in the history with its spreads", async ({
  page,
}) => {
  const problems = await watchPage(page);
  const bank = (await getBank(page, "kesiapan@2")) as Awaited<ReturnType<typeof getBank>> & { keyItems: string[] };
  const dim0 = bank.items.filter((i) => i.dimension === bank.dimensions[0]!.id);
  const first = bank.items[0]!;
  const withNote = (f: ReturnType<typeof exportFile>) => ({
    ...f,
    catatanBukti: { [first.id]: { [first.evidence[0]!]: EVIDENCE_NOTE } },
  });
  // First dimension: 5, 2 and 4, so every statement there starts the discussion at 4.
  const files = [
    file("a.json", withNote(exportFile(bank, "p-a", "Dinas A", (d) => (d === 0 ? 5 : 4)))),
    file(
      "b.json",
      exportFile(bank, "p-b", "Bappeda B", (d) => (d === 0 ? 2 : d === 3 ? "tt" : 3)),
    ),
    file(
      "c.json",
      exportFile(bank, "p-c", "Dinas C", (d) => (d === 0 ? 4 : 4)),
    ),
  ];
  await page.goto("penilaian/bandingkan/");
  await page.getByLabel(/^Pilih berkas JSON/).setInputFiles(files);
  await expect(page.getByText("3 hasil ditambahkan.")).toBeVisible();

  // Evidence notes show under the named respondent's answer, and not in anonymous mode.
  // (The first dimension's statements are about each agency's own situation: the comparison lists them side by side.)
  const own = page.locator("#cmp-own");
  await expect(own.locator("tbody tr").first().locator("td").first()).toContainText(EVIDENCE_NOTE);
  await expect(own.locator("tbody tr").first().locator("td").nth(1)).not.toContainText(EVIDENCE_NOTE);
  await axeBoth(page, "perbandingan dengan catatan bukti");
  await page.getByLabel(/^Mode anonim/).check();
  await expect(page.locator("#cmp-stats thead th")).toHaveCount(1 + 5);
  await expect(page.locator(".cmp-report")).not.toContainText(EVIDENCE_NOTE);

  // Open the form in anonymous mode: spreads are counts only, nobody is named.
  const open = page.getByRole("button", { name: "Buka Skor kesepakatan" });
  await open.press("Enter");
  const panel = page.locator("#cmp-agreed-panel");
  const title = panel.locator("h3.asm-step-title");
  await expect(title).toHaveText(`Langkah 1 dari 9: ${bank.dimensions[0]!.name}`);
  await expect(page.getByRole("button", { name: "Sembunyikan Skor kesepakatan" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  for (const name of ["Dinas A", "Bappeda B", "Dinas C"]) await expect(panel).not.toContainText(name);
  const item1 = panel.locator(`[data-item="${first.id}"]`);
  await expect(item1.locator(".agr-spread")).toContainText("Jawaban 3 responden:");
  await expect(item1.locator(".agr-spread li")).toHaveText([
    /^2 \(.+\)\s*1 orang$/,
    /^4 \(.+\)\s*1 orang$/,
    /^5 \(.+\)\s*1 orang$/,
  ]);
  await expect(item1).toContainText(/Titik awal diskusi: 4 \(/);
  await expect(item1).toContainText(/Bukti yang dicentang responden \(ikut disimpan\): .+ \(3\)\./);
  await axeBoth(page, "skor kesepakatan, langkah 1 (anonim)");

  // Record every statement of the first dimension by keyboard: level 3 and a note.
  for (const [n, item] of dim0.entries()) {
    await chooseByKeyboard(page, item.id, 2);
    await page.keyboard.press("Tab"); // "Kosongkan pilihan"
    await page.keyboard.press("Tab");
    await expect(page.locator(`#agr-${item.id}-note`)).toBeFocused();
    await page.keyboard.type(n === 0 ? "Disepakati 3: kajian ada, belum dibahas pimpinan." : `Catatan rapat ${n + 1}`);
  }
  for (const item of dim0) await expect(page.locator(`input[name="agr-${item.id}"][value="3"]`)).toBeChecked();
  await expect(panel.locator(".agr-progress")).toHaveText(
    `${dim0.length} dari ${bank.items.length} pernyataan sudah diberi skor kesepakatan.`,
  );
  await axeBoth(page, "skor kesepakatan, langkah 1 terisi");

  // Below the anonymity threshold the form goes away; what was recorded stays for when it comes back.
  await page.getByLabel("Jumlah responden minimal untuk mode anonim").selectOption("4");
  await expect(page.getByText(/skor kesepakatan juga memerlukan sedikitnya 4 responden/)).toBeVisible();
  await expect(panel).toHaveCount(0);
  await axeBoth(page, "skor kesepakatan di bawah ambang anonim");
  await page.getByLabel("Jumlah responden minimal untuk mode anonim").selectOption("3");
  await expect(title).toHaveText(`Langkah 1 dari 9: ${bank.dimensions[0]!.name}`);
  await expect(page.locator(`input[name="agr-${first.id}"][value="3"]`)).toBeChecked();
  await expect(page.locator(`#agr-${first.id}-note`)).toHaveValue("Disepakati 3: kajian ada, belum dibahas pimpinan.");
  await page.getByLabel(/^Mode anonim/).uncheck();

  // Leaving with unsaved work asks first; staying keeps everything.
  let dialogType = "";
  page.once("dialog", (d) => {
    dialogType = d.type();
    void d.dismiss();
  });
  await page.locator(".cmp-agenda a").first().click();
  await expect.poll(() => dialogType).toBe("beforeunload");
  await expect(page).toHaveURL(/\/penilaian\/bandingkan\/$/);
  await expect(page.locator(`input[name="agr-${first.id}"][value="3"]`)).toBeChecked();

  // Steps move by keyboard and put focus on the step's heading; a key item offers no "Tidak berlaku".
  const keyItem = bank.items.find((i) => i.id === bank.keyItems[0])!;
  const keyDim = bank.dimensions.findIndex((d) => d.id === keyItem.dimension);
  // Each press waits for the step it opened to take focus: a press made before that would be lost to the heading.
  const next = async (step: number) => {
    await panel.getByRole("button", { name: "Berikutnya" }).press("Enter");
    await expect(title).toHaveText(`Langkah ${step + 2} dari 9: ${bank.dimensions[step + 1]!.name}`);
    await expect(title).toBeFocused();
  };
  for (let step = 0; step < keyDim; step++) await next(step);
  await expect(title).toHaveText(`Langkah ${keyDim + 1} dari 9: ${bank.dimensions[keyDim]!.name}`);
  await expect(title).toBeFocused();
  await expect(page.locator(`input[name="agr-${keyItem.id}"][value="tb"]`)).toHaveCount(0);
  await expect(page.locator(`input[name="agr-${keyItem.id}"][value="tt"]`)).toHaveCount(1);
  await chooseByKeyboard(page, keyItem.id, 5);
  await expect(page.locator(`input[name="agr-${keyItem.id}"][value="tt"]`)).toBeChecked();
  await axeBoth(page, "skor kesepakatan, butir kunci");
  for (let step = keyDim; step < bank.dimensions.length - 1; step++) await next(step);
  await panel.getByRole("button", { name: "Ke langkah simpan" }).press("Enter");
  await expect(title).toHaveText("Langkah 9 dari 9: Simpan skor kesepakatan");

  const missing = bank.items.length - dim0.length - 1;
  await expect(panel).toContainText(`${missing} pernyataan belum diberi skor kesepakatan`);
  await page.getByLabel("Instansi penyelenggara rapat").fill("Bappeda Uji");
  await expect(page.getByLabel("Kemitraan yang dinilai")).toHaveValue("Program uji");
  await axeBoth(page, "skor kesepakatan, langkah simpan");

  // Storage fails: a message in Indonesian, nothing lost, and the same result offered as a file.
  await page.evaluate(() => {
    const w = window as unknown as { __setItem: Storage["setItem"] };
    w.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException("penuh", "QuotaExceededError");
    };
  });
  await panel.getByRole("button", { name: "Simpan ke riwayat" }).press("Enter");
  const alert = panel.getByRole("alert");
  await expect(alert).toContainText("Skor kesepakatan belum tersimpan. Penyimpanan peramban penuh");
  await axeBoth(page, "skor kesepakatan, penyimpanan gagal");
  const downloading = page.waitForEvent("download");
  await alert.getByRole("button", { name: "Unduh berkas JSON" }).click();
  const fallback = JSON.parse(await readFile((await (await downloading).path())!, "utf8"));
  expect(fallback).toMatchObject({
    jenis: "siapmitra-penilaian",
    bank: { id: "kesiapan", version: 2 },
    context: { instansi: "Bappeda Uji", kemitraan: "Program uji" },
    kesepakatan: { responden: 3 },
  });
  expect(fallback.answers[first.id]).toBe(3);
  expect(fallback.answers[keyItem.id]).toBe("tt");
  expect(fallback.kesepakatan.sebaran[first.id]).toEqual({ "2": 1, "4": 1, "5": 1 });
  expect(fallback.kesepakatan.catatan[first.id]).toBe("Disepakati 3: kajian ada, belum dibahas pimpinan.");
  expect(fallback.catatanBukti[first.id][first.evidence[0]!]).toBe(EVIDENCE_NOTE);

  await page.evaluate(() => {
    Storage.prototype.setItem = (window as unknown as { __setItem: Storage["setItem"] }).__setItem;
  });
  await panel.getByRole("button", { name: "Simpan ke riwayat" }).press("Enter");
  await expect(panel.getByRole("status")).toContainText(
    "Skor kesepakatan dari 3 responden tersimpan di riwayat perangkat ini.",
  );
  await expect(panel.getByRole("alert")).toHaveCount(0);
  const stored = Object.entries(await siteKeys(page)).filter(([k]) => k.includes(":riwayat:"));
  expect(stored).toHaveLength(1);
  for (const name of ["Dinas A", "Bappeda B", "Dinas C"]) expect(stored[0]![1]).not.toContain(name);
  await axeBoth(page, "skor kesepakatan tersimpan");

  // Saved work leaves without a question.
  await panel.getByRole("link", { name: "Lihat riwayat" }).click();
  await expect(page).toHaveURL(/\/penilaian\/riwayat\/$/);
  const entry = page.locator(".hist-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry.locator(".hist-agreed")).toHaveText("Skor kesepakatan tim dari 3 responden");
  await expect(entry).toContainText("Bappeda Uji – Program uji");
  await axeBoth(page, "riwayat dengan skor kesepakatan");

  await entry.getByRole("link", { name: /^Buka/ }).click();
  await expect(page.locator(".report-agreed-mark")).toHaveText("Skor kesepakatan tim dari 3 responden");
  await expect(page.getByRole("heading", { name: "Skor kesepakatan dan sebaran jawaban" })).toBeVisible();
  const table = page.locator("table.report-agreed").first();
  await expect(table.locator("caption")).toContainText(bank.dimensions[0]!.name);
  await expect(table.locator("thead th")).toHaveText([
    "Pernyataan",
    "Sebaran jawaban (3 responden)",
    "Skor kesepakatan",
    "Catatan",
  ]);
  const row = table.locator("tbody tr").first();
  await expect(row.locator("th")).toContainText("1.");
  await expect(row.locator("td").nth(0).locator("li")).toHaveText([/^2 \(.+\): 1$/, /^4 \(.+\): 1$/, /^5 \(.+\): 1$/]);
  await expect(row.locator("td").nth(1)).toHaveText(/^3 \(.+\)$/);
  await expect(row.locator("td").nth(2)).toHaveText("Disepakati 3: kajian ada, belum dibahas pimpinan.");
  await expect(page.locator("table.report-agreed")).toHaveCount(bank.dimensions.length);
  const keyStatement = (bank.items as { id: string; statement?: string }[]).find(
    (i) => i.id === keyItem.id,
  )!.statement!;
  const keyRow = page.locator("table.report-agreed").nth(keyDim).locator("tbody tr").filter({ hasText: keyStatement });
  await expect(keyRow.locator("td").nth(1)).toHaveText("Tidak tahu");
  await axeBoth(page, "hasil skor kesepakatan");
  expectClean(problems, "skor kesepakatan");
});
