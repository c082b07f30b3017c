import { afterAll, describe, expect, it } from "vitest";
import { budgetProblems, budgetTable, measureSite } from "./support/budget-gate";
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
