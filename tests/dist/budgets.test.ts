import { afterAll, describe, expect, it } from "vitest";
import { budgetProblems, budgetTable, KB, measureSite } from "./support/budget-gate";
import { distDir } from "./support/site";

const rows = measureSite(distDir, process.env.DIST_BASE ?? "/");

afterAll(() => {
  console.log(budgetTable(rows));
});

describe("byte budgets (gzip) of every built page", () => {
  it.each(rows.map((r) => [r.route, r] as const))("%s", (_route, r) => {
    expect(budgetProblems(r), `${r.route} (${r.type}) melampaui anggaran`).toEqual([]);
  });
});

// Issue 19 names the register page's budget: it must be built, and measured as an interactive page (25 KB of JS).
describe("the partnership register page", () => {
  it("exists and loads at most 25 KB of JS (gzip) before any action", () => {
    const r = rows.find((x) => x.route === "/penilaian/daftar/");
    expect(r, "/penilaian/daftar/ tidak ada di hasil build").toBeDefined();
    expect(r!.type).toBe("interactive");
    expect(r!.js).toBeLessThanOrEqual(25 * KB);
  });
});
