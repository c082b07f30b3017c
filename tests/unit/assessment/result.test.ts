import { describe, expect, it } from "vitest";
import { complete } from "../../../src/lib/assessment/complete";
import { newResult, setActionPlan, setAnswer, setContext } from "../../../src/lib/assessment/result";
import { bank, fill } from "./bank-fixture";

const t0 = new Date("2026-12-01T01:00:00.000Z");
const t1 = new Date("2026-12-01T02:00:00.000Z");

describe("result updates", () => {
  it("every update bumps updatedAt, a context edit included", () => {
    const r = newResult(bank, t0);
    const ctx = setContext(r, { ...r.context, instansi: "Dinas" }, t1);
    expect(ctx.context.instansi).toBe("Dinas");
    expect(ctx.updatedAt).toBe(t1.toISOString());
    expect(r.context.instansi).toBe("");
    const plan = setActionPlan(r, [], t1);
    expect(plan.updatedAt).toBe(t1.toISOString());
  });

  it("completing seeds the plan from the priorities and stamps completedAt once", () => {
    const answered = {
      ...newResult(bank, t0),
      answers: { ...fill("kebutuhan", [2, 2, 2, 2]), ...fill("keselarasan", [5, 5]) },
    };
    const done = complete(bank, answered, "susun langkah.", t1);
    expect(done.completedAt).toBe(t1.toISOString());
    expect(done.actionPlan.map((row) => row.dimension)).toEqual(["kebutuhan"]);
    expect(done.updatedAt).toBe(t1.toISOString());
    // Completing again changes nothing: same object, so the caller skips the save.
    expect(complete(bank, done, "susun langkah.", new Date("2026-12-02T00:00:00Z"))).toBe(done);
  });

  it("keeps the user's plan and never re-stamps a completed result", () => {
    const r = setAnswer(newResult(bank, t0), "kebutuhan-1", 1, t0);
    const first = complete(bank, r, "x", t1);
    const edited = setActionPlan(first, [{ ...first.actionPlan[0]!, kegiatan: "Diubah" }], t1);
    expect(complete(bank, edited, "x")).toBe(edited);
  });

  it("completes a result with no priorities without inventing rows", () => {
    const strong = { ...newResult(bank, t0), answers: fill("kebutuhan", [5, 5, 5, 5]) };
    const done = complete(bank, strong, "x", t1);
    expect(done.actionPlan).toEqual([]);
    expect(done.completedAt).toBe(t1.toISOString());
  });
});
