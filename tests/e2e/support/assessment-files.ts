// Helpers shared by the history, share and compare specs: the bank as served, export files as SiapMitra writes
// them, the site's storage keys, and axe in light and dark.
import { expect, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, themeRules, watchPage } from "./page-checks";

export interface Bank {
  id: string;
  version: number;
  items: { id: string; dimension: string; evidence: string[]; statement: string; sudut?: "instansi" | "kemitraan" }[];
  dimensions: { id: string; name: string }[];
}

export async function getBank(page: Page, key = "kesiapan@1"): Promise<Bank> {
  const res = await page.request.get(`penilaian/data/${key}.json`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Bank;
}

/** An export file as SiapMitra writes it; `pick(dimIndex, itemIndex)` gives each answer. */
export function exportFile(
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
    // Version 1 banks were only ever written in result format 1; version 2 came with format 2.
    format: bank.version >= 2 ? 2 : 1,
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

export const file = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)),
});

export async function importFiles(page: Page, files: ReturnType<typeof file>[]) {
  await page.getByLabel("Berkas JSON").setInputFiles(files);
}

export async function siteKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith("siapmitra")) out[k] = localStorage.getItem(k)!;
    }
    return out;
  });
}

export async function axeBoth(page: Page, label: string) {
  await expectNoAxeViolations(page, `${label} (terang)`);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, `${label} (gelap)`, themeRules);
  await page.emulateMedia({ colorScheme: "light" });
}

export const scoresText = (page: Page) => page.locator(".report-scores").first().innerText();

export async function openFresh(browser: Browser, url: string) {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(url);
  return { context, page, problems };
}
