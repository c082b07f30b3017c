import { describe, expect, it } from "vitest";
import {
  anonymousView,
  clampThreshold,
  compareResults,
  discussionAgenda,
  type CompareInput,
} from "../../../src/lib/assessment/compare";
import { newResult } from "../../../src/lib/assessment/result";
import type { Answer } from "../../../src/lib/assessment/types";
import { tm } from "../../../src/i18n/compare";
import { bank, fill } from "./bank-fixture";

const unnamed = (n: number) => `Responden ${n}`;

type A = Answer | undefined;
function input(label: string, kebutuhan: A[], keselarasan: A[], perencanaan: A[]): CompareInput {
  const r = newResult(bank);
  return {
    label,
    result: {
      ...r,
      answers: {
        ...fill("kebutuhan", kebutuhan),
        ...fill("keselarasan", keselarasan),
        ...fill("perencanaan", perencanaan),
      },
    },
  };
}

const a = input("Dinas A", [4, 4, 4, 4], [3, 3], [2, 2, 2, 2]);
const b = input("Dinas B", [3, 3, 3, 3], [3, 4], [5, 5, 5, 5]);
const a2 = input(" dinas a ", [2, 2, 2, 2], [3, 3], [2, 2, 2, 2]);

describe("partner comparison", () => {
  it("per respondent: mean, min, max and spread per dimension", () => {
    const c = compareResults(bank, [a, b], "responden", unnamed);
    expect(c.series.map((s) => s.label)).toEqual(["Dinas A", "Dinas B"]);
    expect(c.dims[0]).toMatchObject({ id: "kebutuhan", n: 2, mean: 3.5, min: 3, max: 4, spread: 1, flagged: true });
    expect(c.dims[1]).toMatchObject({ id: "keselarasan", mean: 3.25, min: 3, max: 3.5, spread: 0.5, flagged: false });
    expect(c.dims[2]).toMatchObject({ mean: 3.5, spread: 3, flagged: true });
  });

  it("flags a spread of exactly 1,0 even when the means are not exact in binary, but not 0,99", () => {
    const x = input("X", [4, 4, 3, undefined], [], []); // 11/3
    const y = input("Y", [3, 3, 2, undefined], [], []); // 8/3
    expect(compareResults(bank, [x, y], "responden", unnamed).dims[0]).toMatchObject({ flagged: true });
    const z = input("Z", [4, 4, 4, 4], [], []);
    const w = input("W", [3, 3, 3, 4], [], []); // 3,25 → spread 0,75
    expect(compareResults(bank, [z, w], "responden", unnamed).dims[0]).toMatchObject({ flagged: false });
  });

  it("flags items whose answers differ by 2 or more, widest first; ignores Tidak tahu", () => {
    const c = compareResults(bank, [a, b, input("C", [4, "tt", 4, 2], [3, 3], [2, 2, 2, 2])], "responden", unnamed);
    expect(c.itemGaps[0]).toMatchObject({ id: "perencanaan-1", min: 2, max: 5, spread: 3 });
    expect(c.itemGaps.map((g) => g.id)).toContain("kebutuhan-4");
    expect(c.itemGaps.map((g) => g.id)).not.toContain("kebutuhan-2");
  });

  it("per agency: one series per agency, the mean of its respondents; labels match case- and space-insensitively", () => {
    const c = compareResults(bank, [a, b, a2], "instansi", unnamed);
    expect(c.series.map((s) => [s.label, s.members])).toEqual([
      ["Dinas A", 2],
      ["Dinas B", 1],
    ]);
    expect(c.series[0]!.dims[0]).toBe(3);
    expect(c.dims[0]).toMatchObject({ min: 3, max: 3, spread: 0, flagged: false });
    expect(c.respondents).toBe(3);
    expect(compareResults(bank, [a, b, a2], "responden", unnamed).series.map((s) => s.label)).toEqual([
      "Dinas A (1)",
      "Dinas B",
      "dinas a (2)",
    ]);
  });

  it("carries each respondent's evidence notes per statement, and per agency its respondents' distinct ones", () => {
    const noted = (i: CompareInput, notes: Record<string, string>): CompareInput => ({
      ...i,
      result: {
        ...i.result,
        evidence: { "kebutuhan-1": Object.keys(notes) },
        catatanBukti: { "kebutuhan-1": notes },
      },
    });
    const x = noted(a, { pks: "PKS No. 119/PKS/2025", mou: "MoU 2024" });
    const y = noted(a2, { pks: "PKS No. 119/PKS/2025" });
    const per = compareResults(bank, [x, b, y], "responden", unnamed);
    // In the item's own evidence order (mou before pks), whatever order the notes were written in.
    expect(per.series[0]!.notes[0]).toEqual([
      { evidence: "mou", text: "MoU 2024" },
      { evidence: "pks", text: "PKS No. 119/PKS/2025" },
    ]);
    expect(per.series[1]!.notes[0]).toEqual([]);
    expect(per.series[0]!.notes[1]).toEqual([]);
    const agency = compareResults(bank, [x, b, y], "instansi", unnamed);
    expect(agency.series[0]!.notes[0]).toEqual(per.series[0]!.notes[0]);
  });

  it("a dimension scored for only one series is never flagged", () => {
    const c = compareResults(bank, [a, input("Kosong", [], [], [])], "responden", unnamed);
    expect(c.dims[0]).toMatchObject({ n: 1, spread: 0, flagged: false });
  });

  it("anonymous mode needs the threshold of respondents (3 by default, 3–5)", () => {
    const below = anonymousView(bank, [a, b], 3, unnamed);
    expect(below.allowed).toBe(false);
    if (!below.allowed) {
      expect(below.reason).toEqual({ key: "compare.anonymousTooFew", params: { threshold: 3, n: 2 } });
      expect(tm(below.reason)).toMatch(/sedikitnya 3 responden/);
      expect(below.overall).toBeCloseTo(compareResults(bank, [a, b], "responden", unnamed).overall!, 10);
    }
    expect(anonymousView(bank, [a, b, a2], 3, unnamed).allowed).toBe(true);
    expect(anonymousView(bank, [a, b, a2], 4, unnamed).allowed).toBe(false);
    expect([clampThreshold(1), clampThreshold(9), clampThreshold(4), clampThreshold(3.5)]).toEqual([3, 5, 4, 3]);
  });

  it("the agenda lists the 3 weakest and the 3 most divergent dimensions with their guides", () => {
    const c = compareResults(bank, [a, b], "responden", unnamed);
    const agenda = discussionAgenda(bank, c);
    expect(agenda.weakest.map((d) => d.id)).toEqual(["keselarasan", "kebutuhan", "perencanaan"]);
    expect(agenda.divergent.map((d) => d.id)).toEqual(["perencanaan", "kebutuhan", "keselarasan"]);
    expect(agenda.weakest[0]!.guides[0]!.path).toBe("/panduan/langkah-perencanaan-bersama/");
    expect(discussionAgenda(bank, compareResults(bank, [a], "responden", unnamed)).divergent).toEqual([]);
  });
});
