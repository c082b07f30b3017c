// The history as a user meets it: complete a bank, overlay an earlier result, back up, clear, import, rename,
// delete, and every kind of bad input (each gets a message and loses nothing). axe runs in every state, light and dark.
import { expect as baseExpect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { getBank, exportFile, file, importFiles, siteKeys, axeBoth, scoresText } from "./support/assessment-files";
import { expectClean, expectNoAxeViolations, watchPage } from "./support/page-checks";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("complete a bank, overlay the previous one, back up, clear storage, import, and get identical results", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = await watchPage(page);
  // Count requests for persistent storage (the first save must ask once).
  await page.addInitScript(() => {
    const w = window as unknown as { __persistCalls: number };
    w.__persistCalls = 0;
    if (navigator.storage) {
      navigator.storage.persisted = async () => false;
      navigator.storage.persist = async () => {
        w.__persistCalls++;
        return false;
      };
    }
  });
  const bank = await getBank(page, "kesiapan@2");
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "lama.json",
      exportFile(bank, "p-sebelumnya", "Dinas Uji", () => 2, "2026-01-05T02:00:00.000Z"),
    ),
  ]);
  await expect(page.locator(".hist-entry")).toHaveCount(1);

  await page.goto("penilaian/kesiapan/");
  await expect(page.locator("#asm-static")).toBeHidden();
  const app = page.locator("#asm-app");
  await app.getByLabel("Nama instansi").fill("Dinas Uji");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls))
    .toBe(1);
  await page.locator(".asm-nav .button:not(.secondary)").click();
  const values = ["4", "2", "5", "3", "tt"];
  for (let step = 0; step < 8; step++) {
    // The step draws its statements a few per task and is aria-busy until all are in.
    await expect(app.locator(".asm-dim[aria-busy]")).toHaveCount(0);
    const ids = await app
      .locator(".asm-item")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["item"] ?? ""));
    for (const [i, id] of ids.entries())
      await app.locator(`input[name="${id}"][value="${values[(step + i) % values.length]}"]`).check();
    await page.locator(".asm-nav .button:not(.secondary)").click();
  }
  await page.locator(".asm-nav .button:not(.secondary)").click();
  await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)).toBe(1);
  const original = await scoresText(page);

  // The overlay of the earlier assessment, on the questionnaire's own results.
  await page.getByLabel("Penilaian sebelumnya", { exact: true }).selectOption("p-sebelumnya");
  await expect(page.locator("#hist-overlay-table tbody tr")).toHaveCount(bank.dimensions.length);
  await expectNoAxeViolations(page, "hasil dengan overlay");

  // The backup prompt of a completed assessment.
  await expect(page.getByRole("heading", { name: "Simpan cadangan hasil ini" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh cadangan JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^siapmitra-kesiapan-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile((await download.path())!, "utf8");
  expect(JSON.parse(exported)).toMatchObject({
    jenis: "siapmitra-penilaian",
    format: 2,
    bank: { id: "kesiapan", version: 2 },
  });
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh CSV per dimensi" }).click();
  const csv = await readFile((await (await csvDownload).path())!, "utf8");
  expect(csv.startsWith("\uFEFFKuesioner;Versi;")).toBe(true);

  await page.goto("penilaian/riwayat/");
  await expect(page.locator(".hist-entry")).toHaveCount(2);
  await expect(page.locator(".hist-entry").first()).toContainText("Dinas Uji");
  await axeBoth(page, "riwayat berisi dua penilaian");

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText("Belum ada penilaian selesai di perangkat ini.")).toBeVisible();
  await importFiles(page, [file("cadangan.json", exported)]);
  await expect(page.getByText("Berkas cadangan.json diimpor dan disimpan di riwayat.")).toBeVisible();
  await page.locator(".hist-entry").getByRole("link", { name: /^Buka/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
  expect(await scoresText(page)).toBe(original);
  await axeBoth(page, "hasil dari riwayat");
  expectClean(problems, "export/import");
});

test("overlay a previous assessment of the same bank", async ({ page }) => {
  const bank = await getBank(page);
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "lama.json",
      exportFile(bank, "p-lama", "Dinas Waktu", () => 2, "2026-01-10T02:00:00.000Z"),
    ),
    file(
      "baru.json",
      exportFile(bank, "p-baru", "Dinas Waktu", (d) => (d < 4 ? 4 : 2), "2026-11-10T02:00:00.000Z"),
    ),
  ]);
  await expect(page.locator(".hist-entry")).toHaveCount(2);
  await page.locator(".hist-entry").first().getByRole("link", { name: /^Buka/ }).click();
  await page.getByLabel("Penilaian sebelumnya", { exact: true }).selectOption("p-lama");
  const table = page.locator("#hist-overlay-table");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr").first()).toContainText("+2,00 (naik)");
  await expect(table.locator("tbody tr").nth(5)).toContainText("0,00 (tetap)");
  await expect(page.locator(".hist-overlay .chart-legend li")).toHaveCount(2);
  await axeBoth(page, "overlay");
});

test("a version-1 result, saved on this device or imported from a file, opens with a note and a mapping to version 2", async ({
  page,
}) => {
  const problems = await watchPage(page);
  const v1 = await getBank(page, "kesiapan@1");
  const v2 = await getBank(page, "kesiapan@2");
  const expectOldVersion = async (name: string) => {
    await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
    await expect(page.locator("dl.facts").first()).toContainText(name);
    const note = page.getByRole("region", { name: "Versi kuesioner lama" });
    await expect(note).toContainText(`dijawab dengan versi ${v1.version}`);
    await expect(note).toContainText(`Versi terbaru adalah versi ${v2.version}`);
    // Scored on its own version: every one of the 40 answers counts, nothing is dropped or re-read.
    await expect(page.locator("dl.facts").first()).toContainText(
      `${v1.items.length} dari ${v1.items.length} pernyataan`,
    );
    await note.getByRole("button", { name: `Lihat dipetakan ke versi ${v2.version}` }).click();
    await expect(note).toContainText(`Pada versi ${v2.version}: indeks keseluruhan`);
    await expect(note.getByRole("heading", { name: "Pernyataan baru" })).toBeVisible();
    await axeBoth(page, `hasil versi 1 (${name})`);
  };

  // Saved on this device by the site before version 2 existed (result format 1, straight in storage).
  await page.goto("penilaian/riwayat/");
  const { jenis: _jenis, diekspor: _diekspor, ...stored } = exportFile(v1, "p-tersimpan", "Dinas Tersimpan", () => 4);
  await page.evaluate((value) => {
    localStorage.setItem(`siapmitra-penilaian:riwayat:${value.id}`, JSON.stringify(value));
  }, stored);
  await page.reload();
  await expect(page.locator(".hist-entry")).toHaveCount(1);
  await expect(page.locator(".hist-entry")).toContainText("versi 1");
  await page.locator(".hist-entry").first().getByRole("link", { name: /^Buka/ }).click();
  await expectOldVersion("Dinas Tersimpan");

  // Imported from a file exported by the old version.
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "versi1.json",
      exportFile(v1, "p-berkas", "Dinas Berkas", () => 3, "2025-06-10T02:00:00.000Z"),
    ),
  ]);
  await expect(page.locator(".hist-entry")).toHaveCount(2);
  await page.locator(".hist-entry").filter({ hasText: "Dinas Berkas" }).getByRole("link", { name: /^Buka/ }).click();
  await expectOldVersion("Dinas Berkas");
  expectClean(problems, "hasil versi 1");
});

test("'Hapus semua data' on /tentang/ and /penilaian/riwayat/ removes only SiapMitra data", async ({ page }) => {
  const bank = await getBank(page);
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "a.json",
      exportFile(bank, "p-hapus", "Dinas Hapus", () => 3),
    ),
  ]);
  await expect(page.locator(".hist-entry")).toHaveCount(1);
  await page.evaluate(() => localStorage.setItem("situs-lain", "tetap"));
  await page.goto("tentang/");
  await page.getByRole("button", { name: "Hapus semua data SiapMitra di perangkat ini" }).click();
  await axeBoth(page, "konfirmasi hapus");
  await page.getByRole("button", { name: "Ya, hapus semua" }).click();
  await expect(page.getByText(/sudah dihapus/)).toBeVisible();
  expect(await siteKeys(page)).toEqual({});
  expect(await page.evaluate(() => localStorage.getItem("situs-lain"))).toBe("tetap");

  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "a.json",
      exportFile(bank, "p-hapus", "Dinas Hapus", () => 3),
    ),
  ]);
  await page.getByRole("button", { name: "Hapus semua data SiapMitra di perangkat ini" }).click();
  await page.getByRole("button", { name: "Batal" }).click();
  await expect(page.locator(".hist-entry")).toHaveCount(1);
  await page.getByRole("button", { name: "Hapus semua data SiapMitra di perangkat ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus semua" }).click();
  await expect(page.locator(".hist-entry")).toHaveCount(0);
});

test("rename and delete one assessment with confirmation", async ({ page }) => {
  const bank = await getBank(page);
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "a.json",
      exportFile(bank, "p-satu", "Dinas Satu", () => 4),
    ),
  ]);
  const entry = page.locator(".hist-entry");
  await entry.getByRole("button", { name: /^Ganti nama/ }).click();
  await entry.getByLabel("Nama baru").fill("Rapat <i>Januari</i>");
  await entry.getByRole("button", { name: "Simpan nama" }).click();
  await expect(page.locator(".hist-entry-title")).toHaveText("Rapat <i>Januari</i>");
  await entry.getByRole("button", { name: /^Hapus/ }).click();
  await axeBoth(page, "konfirmasi hapus satu");
  await page.getByRole("button", { name: "Batal" }).click();
  await expect(entry).toHaveCount(1);
  await entry.getByRole("button", { name: /^Hapus/ }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(entry).toHaveCount(0);
});

test("every bad input gets a clear message and nothing saved is lost", async ({ page }) => {
  const bank = await getBank(page);
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "simpan.json",
      exportFile(bank, "p-simpan", "Dinas Tetap", () => 4),
    ),
  ]);
  await expect(page.locator(".hist-entry")).toHaveCount(1);
  const before = await siteKeys(page);
  const good = exportFile(bank, "p-x", "X", () => 3);
  const cases: [string, ReturnType<typeof file>, RegExp][] = [
    ["malformed JSON", file("rusak.json", '{"jenis": "siapmitra-penilaian", "format": 1,'), /bukan JSON yang utuh/],
    [
      "another bank",
      file("lain.json", { ...good, bank: { id: "bank-lain", version: 1 } }),
      /kuesioner "bank-lain" yang tidak ada/,
    ],
    ["a future format", file("masa-depan.json", { ...good, format: 3 }), /versi SiapMitra yang lebih baru/],
    [
      "a future bank version",
      file("versi.json", { ...good, bank: { id: "kesiapan", version: 99 } }),
      /versi 99, yang lebih baru/,
    ],
    ["over 1 MB", file("besar.json", " ".repeat(1024 * 1024 + 10)), /lebih dari 1 MB/],
    ["not an export", file("lain.json", { halo: "dunia" }), /bukan hasil ekspor penilaian SiapMitra/],
    ["unknown items", file("butir.json", { ...good, answers: { "tidak-ada": 3 } }), /tidak lolos pemeriksaan/],
  ];
  for (const [label, f, message] of cases) {
    await importFiles(page, [f]);
    await expect(page.getByRole("alert").filter({ hasText: message }), label).toBeVisible();
    expect(await siteKeys(page), label).toEqual(before);
  }
  await axeBoth(page, "pesan impor gagal");

  // HTML in names is imported as text, never as markup.
  await importFiles(page, [
    file("html.json", {
      ...exportFile(bank, "p-html", '<img src=x onerror="alert(1)">', () => 4),
      name: "<b>tebal</b>",
    }),
  ]);
  await expect(page.locator(".hist-entry-title", { hasText: "<b>tebal</b>" })).toBeVisible();
  await expect(page.locator("#asm-app img, #asm-app b")).toHaveCount(0);

  // Corrupted localStorage: kept aside, the rest still listed, a message shown.
  await page.evaluate(() => localStorage.setItem("siapmitra-penilaian:riwayat:p-rusak", "{tidak json"));
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "disimpan terpisah" })).toBeVisible();
  await expect(page.locator(".hist-entry")).toHaveCount(2);
  const kept = await siteKeys(page);
  expect(Object.entries(kept).some(([k, v]) => k.includes(":rusak:") && v === "{tidak json")).toBe(true);
  await axeBoth(page, "riwayat dengan data rusak");

  // Truncated and tampered share links.
  await page.locator(".hist-entry").first().getByRole("link", { name: /^Buka/ }).click();
  await page.getByRole("button", { name: "Buat tautan" }).click();
  const link = await page.getByLabel("Tautan untuk dibagikan").inputValue();
  const stored = await siteKeys(page);
  for (const bad of [
    link.slice(0, link.length - 20),
    link.replace(/#p1\.(.)/, (_m, c: string) => `#p1.${c === "A" ? "B" : "A"}`),
  ]) {
    await page.goto("about:blank");
    await page.goto(bad);
    await expect(page.getByRole("alert")).toContainText("Tautan ini tidak utuh atau telah berubah");
    expect(await siteKeys(page)).toEqual(stored);
  }
  await axeBoth(page, "tautan rusak");
});
