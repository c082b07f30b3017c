import { describe, expect, it } from "vitest";
import { resultDate, resultDay, resultInstant, resultName } from "../../../src/lib/assessment/format";
import { newResult } from "../../../src/lib/assessment/result";
import { bank } from "./bank-fixture";

describe("result names and dates", () => {
  const base = {
    ...newResult(bank, new Date("2026-11-30T20:00:00.000Z")),
    context: { instansi: "", kemitraan: "", jenisMitra: "", tanggal: "" },
  };

  it("the instant is completion when there is one, else the last update", () => {
    expect(resultInstant(base)).toBe("2026-11-30T20:00:00.000Z");
    expect(resultInstant({ ...base, completedAt: "2026-12-01T05:00:00.000Z" })).toBe("2026-12-01T05:00:00.000Z");
  });

  it("the day is the local calendar day of that instant, whatever the zone", () => {
    // 00:30 local on 1 December is 30 November in UTC east of Greenwich: the local day must win.
    const justAfterMidnight = new Date(2026, 11, 1, 0, 30).toISOString();
    expect(resultDay({ ...base, completedAt: justAfterMidnight })).toBe("2026-12-01");
  });

  it("the written date prefers the context date", () => {
    expect(resultDate({ ...base, context: { ...base.context, tanggal: "2026-11-28" } })).toBe("28 November 2026");
  });

  it("the name is the label, else agency and partnership, else empty", () => {
    expect(resultName({ ...base, name: "Rapat 1" })).toBe("Rapat 1");
    expect(resultName({ ...base, context: { ...base.context, instansi: "Dinas", kemitraan: "SPAM" } })).toBe(
      "Dinas – SPAM",
    );
    expect(resultName(base)).toBe("");
  });
});
