// Self-assessment part 2 as a user meets it: history, export/import, share links (plain and with a passphrase) in a
// fresh browser, the overlay of a previous assessment, comparing partners, deleting all data, and every kind of bad
// input (each gets a message and loses nothing). axe runs in every state, in light and dark.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { expectClean, expectNoAxeViolations, themeRules, watchPage } from "./support/page-checks";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "parallel", timeout: 180_000 });

interface Bank {
  id: string;
  version: number;
  items: { id: string; dimension: string; evidence: string[] }[];
  dimensions: { id: string; name: string }[];
}

async function getBank(page: Page, key = "kesiapan@1"): Promise<Bank> {
  const res = await page.request.get(`penilaian/data/${key}.json`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Bank;
}

/** An export file as SiapMitra writes it; `pick(dimIndex, itemIndex)` gives each answer. */
function exportFile(
  bank: Bank,
  id: string,
  instansi: string,
  pick: (dim: number, item: number) => number | "tb" | "tt",
  completedAt = "2026-11-20T02:00:00.000Z",
) {
  const answers: Record<string, number | string> = {};
  bank.items.forEach((item, i) => {
    answers[item.id] = pick(
      bank.dimensions.findIndex((d) => d.id === item.dimension),
      i,
    );
  });
  const first = bank.items[0]!;
  return {
    jenis: "siapmitra-penilaian",
    diekspor: completedAt,
    format: 1,
    id,
    bank: { id: bank.id, version: bank.version },
    answers,
    evidence: first.evidence.length > 0 ? { [first.id]: [first.evidence[0]] } : {},
    context: { instansi, kemitraan: "Program uji", jenisMitra: "antar-daerah", tanggal: "2026-11-20" },
    actionPlan: [],
    createdAt: completedAt,
    updatedAt: completedAt,
    completedAt,
  };
}

const file = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)),
});

async function importFiles(page: Page, files: ReturnType<typeof file>[]) {
  await page.getByLabel("Berkas JSON").setInputFiles(files);
}

async function siteKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith("siapmitra")) out[k] = localStorage.getItem(k)!;
    }
    return out;
  });
}

async function axeBoth(page: Page, label: string) {
  await expectNoAxeViolations(page, `${label} (terang)`);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, `${label} (gelap)`, themeRules);
  await page.emulateMedia({ colorScheme: "light" });
}

const scoresText = (page: Page) => page.locator(".asm-scores").first().innerText();

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
  const bank = await getBank(page);
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "lama.json",
      exportFile(bank, "p-sebelumnya", "Dinas Uji", () => 2, "2026-01-05T02:00:00.000Z"),
    ),
  ]);
  await expect(page.locator(".p2-entry")).toHaveCount(1);

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
  await expect(page.locator("#p2-overlay-table tbody tr")).toHaveCount(bank.dimensions.length);
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
    format: 1,
    bank: { id: "kesiapan", version: 1 },
  });
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh CSV per dimensi" }).click();
  const csv = await readFile((await (await csvDownload).path())!, "utf8");
  expect(csv.startsWith("\uFEFFKuesioner;Versi;")).toBe(true);

  await page.goto("penilaian/riwayat/");
  await expect(page.locator(".p2-entry")).toHaveCount(2);
  await expect(page.locator(".p2-entry").first()).toContainText("Dinas Uji");
  await axeBoth(page, "riwayat berisi dua penilaian");

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText("Belum ada penilaian selesai di perangkat ini.")).toBeVisible();
  await importFiles(page, [file("cadangan.json", exported)]);
  await expect(page.getByText("Berkas cadangan.json diimpor dan disimpan di riwayat.")).toBeVisible();
  await page.locator(".p2-entry").getByRole("link", { name: /^Buka/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
  expect(await scoresText(page)).toBe(original);
  await axeBoth(page, "hasil dari riwayat");
  expectClean(problems, "export/import");
});

async function openFresh(browser: Browser, url: string) {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(url);
  return { context, page, problems };
}

for (const passphrase of [undefined, "kata-sandi-rahasia"]) {
  test(`share link ${passphrase ? "with" : "without"} a passphrase opens read-only in a fresh browser`, async ({
    page,
    browser,
  }) => {
    const bank = await getBank(page);
    await page.goto("penilaian/riwayat/");
    await importFiles(page, [
      file(
        "a.json",
        exportFile(bank, "p-bagikan", "Dinas <b>Bagikan</b>", (d) => ((d % 5) + 1) as 1),
      ),
    ]);
    await page.locator(".p2-entry").getByRole("link", { name: /^Buka/ }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
    const original = await scoresText(page);
    await expect(page.getByText("Siapa pun yang memegang tautan ini dapat membaca jawaban di dalamnya.")).toBeVisible();
    if (passphrase) {
      await page.getByLabel("Lindungi dengan kata sandi").check();
      await page.getByLabel(/^Kata sandi \(minimal/).fill(passphrase);
    }
    await page.getByRole("button", { name: "Buat tautan" }).click();
    const link = await page.getByLabel("Tautan untuk dibagikan").inputValue();
    expect(link).toMatch(passphrase ? /\/penilaian\/hasil\/#k1\./ : /\/penilaian\/hasil\/#p1\./);
    expect(link).not.toContain("?");
    test.info().annotations.push({
      type: "share-link-length",
      description: `${passphrase ? "encrypted" : "plain"}: ${link.length} chars`,
    });
    await axeBoth(page, "tautan dibuat");

    const fresh = await openFresh(browser, link);
    if (passphrase) {
      await expect(fresh.page.getByRole("heading", { name: "Hasil ini dilindungi kata sandi" })).toBeVisible();
      await axeBoth(fresh.page, "meminta kata sandi");
      await fresh.page.getByLabel("Kata sandi", { exact: true }).fill("salah-sekali");
      await fresh.page.getByRole("button", { name: "Buka hasil" }).click();
      await expect(fresh.page.getByRole("alert")).toContainText("Kata sandi salah");
      await axeBoth(fresh.page, "kata sandi salah");
      await fresh.page.getByLabel("Kata sandi", { exact: true }).fill(passphrase);
      await fresh.page.getByRole("button", { name: "Buka hasil" }).click();
    }
    await expect(fresh.page.getByRole("heading", { level: 2, name: /^Hasil penilaian/ })).toBeVisible();
    expect(await scoresText(fresh.page)).toBe(original);
    await expect(fresh.page.getByText("Dinas <b>Bagikan</b>").first()).toBeVisible();
    await expect(fresh.page.locator("#p2-app b")).toHaveCount(0);
    expect(await siteKeys(fresh.page)).toEqual({});
    await axeBoth(fresh.page, "hasil dari tautan");
    await fresh.page.getByRole("button", { name: "Simpan di perangkat ini" }).click();
    await expect(fresh.page.getByText("Hasil disimpan di riwayat perangkat ini.")).toBeVisible();
    expect(Object.keys(await siteKeys(fresh.page))).toEqual(["siapmitra-penilaian:riwayat:p-bagikan"]);
    expectClean(fresh.problems, "tautan");
    await fresh.context.close();
  });
}

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
  await expect(page.locator(".p2-entry")).toHaveCount(2);
  await page.locator(".p2-entry").first().getByRole("link", { name: /^Buka/ }).click();
  await page.getByLabel("Penilaian sebelumnya", { exact: true }).selectOption("p-lama");
  const table = page.locator("#p2-overlay-table");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr").first()).toContainText("+2,00 (naik)");
  await expect(table.locator("tbody tr").nth(5)).toContainText("0,00 (tetap)");
  await expect(page.locator(".p2-overlay .p2-legend li")).toHaveCount(2);
  await axeBoth(page, "overlay");
});

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
  const stats = page.locator("#p2-stats");
  await expect(stats).toBeVisible();
  const firstDim = stats.locator("tbody tr").first();
  await expect(firstDim).toContainText("5,00");
  await expect(firstDim).toContainText("2,00");
  await expect(firstDim).toContainText("3,00"); // spread 5 − 2
  await expect(firstDim).toContainText("Ya, selisih besar");
  await expect(stats.locator("tbody tr").nth(1)).toContainText("Tidak");
  await expect(page.locator("#p2-gaps tbody tr")).toHaveCount(
    bank.items.filter((i) => i.dimension === bank.dimensions[0]!.id).length,
  );
  const agenda = page.locator(".p2-agenda");
  await expect(agenda.getByRole("heading", { name: "Tiga dimensi terlemah" })).toBeVisible();
  await expect(agenda.locator(".p2-agenda-list").nth(1).locator("li").first()).toContainText(bank.dimensions[0]!.name);
  await expect(agenda.locator("a").first()).toHaveAttribute("href", /\/panduan\//);
  await expect(page.locator(".p2-compare script")).toHaveCount(0);
  await axeBoth(page, "perbandingan per responden");

  await page.getByLabel("Per instansi (rata-rata respondennya)").check();
  await expect(stats.locator("thead th")).toHaveCount(1 + 2 + 5);
  await axeBoth(page, "perbandingan per instansi");

  await page.getByLabel(/^Mode anonim/).check();
  await expect(stats.locator("thead th")).toHaveCount(1 + 5);
  await expect(page.locator("#p2-stats")).not.toContainText("Bappeda");
  await axeBoth(page, "anonim 3 responden");
  await page.getByLabel("Jumlah responden minimal untuk mode anonim").selectOption("4");
  await expect(page.locator("#p2-anon-reason")).toContainText("sedikitnya 4 responden");
  await expect(page.locator("#p2-stats")).toHaveCount(0);
  await axeBoth(page, "anonim di bawah ambang");
  await page.getByLabel("Jumlah responden minimal untuk mode anonim").selectOption("3");

  // "Cetak agenda diskusi" marks the page so that only the agenda prints; record that state when print is called.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset["printedAgenda"] = String(document.documentElement.classList.contains("p2-print-agenda"));
    };
  });
  await page.getByRole("button", { name: "Cetak agenda diskusi" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed-agenda", "true");
  await page.evaluate(() => document.documentElement.classList.add("p2-print-agenda"));
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".p2-agenda")).toBeVisible();
  await expect(page.locator("#p2-stats")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  test.info().annotations.push({ type: "agenda-pdf-pages", description: String(pages) });
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: "screen" });
  expectClean(problems, "bandingkan");
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
  await expect(page.locator(".p2-entry")).toHaveCount(1);
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
  await expect(page.locator(".p2-entry")).toHaveCount(1);
  await page.getByRole("button", { name: "Hapus semua data SiapMitra di perangkat ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus semua" }).click();
  await expect(page.locator(".p2-entry")).toHaveCount(0);
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
  const entry = page.locator(".p2-entry");
  await entry.getByRole("button", { name: /^Ganti nama/ }).click();
  await entry.getByLabel("Nama baru").fill("Rapat <i>Januari</i>");
  await entry.getByRole("button", { name: "Simpan nama" }).click();
  await expect(page.locator(".p2-entry-title")).toHaveText("Rapat <i>Januari</i>");
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
  await expect(page.locator(".p2-entry")).toHaveCount(1);
  const before = await siteKeys(page);
  const good = exportFile(bank, "p-x", "X", () => 3);
  const cases: [string, ReturnType<typeof file>, RegExp][] = [
    ["malformed JSON", file("rusak.json", '{"jenis": "siapmitra-penilaian", "format": 1,'), /bukan JSON yang utuh/],
    [
      "another bank",
      file("lain.json", { ...good, bank: { id: "bank-lain", version: 1 } }),
      /kuesioner "bank-lain" yang tidak ada/,
    ],
    ["a future format", file("masa-depan.json", { ...good, format: 2 }), /versi SiapMitra yang lebih baru/],
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
  await expect(page.locator(".p2-entry-title", { hasText: "<b>tebal</b>" })).toBeVisible();
  await expect(page.locator("#p2-app img, #p2-app b")).toHaveCount(0);

  // Corrupted localStorage: kept aside, the rest still listed, a message shown.
  await page.evaluate(() => localStorage.setItem("siapmitra-penilaian:riwayat:p-rusak", "{tidak json"));
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "disimpan terpisah" })).toBeVisible();
  await expect(page.locator(".p2-entry")).toHaveCount(2);
  const kept = await siteKeys(page);
  expect(Object.entries(kept).some(([k, v]) => k.includes(":rusak:") && v === "{tidak json")).toBe(true);
  await axeBoth(page, "riwayat dengan data rusak");

  // Truncated and tampered share links.
  await page.locator(".p2-entry").first().getByRole("link", { name: /^Buka/ }).click();
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

test("compare a pasted encrypted share link with a chosen file", async ({ page }) => {
  const bank = await getBank(page);
  await page.goto("penilaian/riwayat/");
  await importFiles(page, [
    file(
      "mitra.json",
      exportFile(bank, "p-tautan", "Dinas Tautan", () => 5),
    ),
  ]);
  await page.locator(".p2-entry").getByRole("link", { name: /^Buka/ }).click();
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
  await expect(page.locator("#p2-stats tbody tr").first()).toContainText("Ya, selisih besar");
  await expect(page.locator(".p2-compare .p2-legend li")).toHaveCount(2);
  await axeBoth(page, "perbandingan tautan dan berkas");
});
