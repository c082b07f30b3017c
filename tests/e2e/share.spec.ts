// Share links, plain and with a passphrase, opened read-only in a fresh browser.
import { expect as baseExpect, test } from "@playwright/test";
import {
  getBank,
  exportFile,
  file,
  importFiles,
  siteKeys,
  axeBoth,
  scoresText,
  openFresh,
} from "./support/assessment-files";
import { expectClean } from "./support/page-checks";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "parallel", timeout: 180_000 });

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
    await page.locator(".hist-entry").getByRole("link", { name: /^Buka/ }).click();
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
    await expect(fresh.page.locator("#asm-app b")).toHaveCount(0);
    expect(await siteKeys(fresh.page)).toEqual({});
    await axeBoth(fresh.page, "hasil dari tautan");
    await fresh.page.getByRole("button", { name: "Simpan di perangkat ini" }).click();
    await expect(fresh.page.getByText("Hasil disimpan di riwayat perangkat ini.")).toBeVisible();
    expect(Object.keys(await siteKeys(fresh.page))).toEqual(["siapmitra-penilaian:riwayat:p-bagikan"]);
    expectClean(fresh.problems, "tautan");
    await fresh.context.close();
  });
}
