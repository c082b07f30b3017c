import { describe, expect, it } from "vitest";
import { bandOf, priorities, scoreDimension, scoreResult, to100 } from "../../../src/lib/assessment/scoring";
import { tm } from "../../../src/i18n/report";
import { bank, fill } from "./bank-fixture";

describe("dimension score", () => {
  it("is the mean of the items answered 1–5, also shown as 0–100", () => {
    const d = scoreDimension(bank, "kebutuhan", fill("kebutuhan", [3, 4, 4, 4]));
    expect(d.mean).toBe(3.75);
    expect(d.score100).toBe(68.75);
    expect(to100(1)).toBe(0);
    expect(to100(5)).toBe(100);
  });

  it("leaves Tidak berlaku and Tidak tahu out of the mean and counts them separately", () => {
    const d = scoreDimension(bank, "kebutuhan", fill("kebutuhan", [2, 4, "tb", "tt"]));
    expect(d.mean).toBe(3);
    expect(d.tidakBerlaku).toBe(1);
    expect(d.tidakTahu).toBe(1);
    expect(d.answered).toBe(2);
  });

  it("applies bands to the unrounded mean (3,999 is not Kekuatan)", () => {
    expect(bandOf(bank, 4)).toBe("kekuatan");
    expect(bandOf(bank, 3.999)).toBe("perlu-dibahas");
    expect(bandOf(bank, 3)).toBe("perlu-dibahas");
    expect(bandOf(bank, 2.9999)).toBe("perlu-perhatian");
    expect(bandOf(bank, 1)).toBe("perlu-perhatian");
    // 11/3 = 3,666… displays as 3,67 but stays in its band by the raw value.
    const d = scoreDimension(bank, "kebutuhan", fill("kebutuhan", [4, 4, 3, undefined]));
    expect(d.mean).toBeCloseTo(11 / 3);
    expect(d.band).toBe("perlu-dibahas");
  });

  it("is 'Data belum cukup' when fewer than half of (items − Tidak berlaku) are answered 1–5", () => {
    // 4 items, 1 tb → 3 applicable; 1 answered < 1,5 → not scored.
    expect(scoreDimension(bank, "kebutuhan", fill("kebutuhan", [5, "tb", "tt", undefined])).scored).toBe(false);
    // 4 items, 2 tb → 2 applicable; 1 answered = half → scored.
    const half = scoreDimension(bank, "kebutuhan", fill("kebutuhan", [5, "tb", "tb", "tt"]));
    expect(half.scored).toBe(true);
    expect(half.mean).toBe(5);
    // exactly half of 4 answered → scored
    expect(scoreDimension(bank, "kebutuhan", fill("kebutuhan", [2, 3, "tt", "tt"])).scored).toBe(true);
    // all Tidak berlaku → nothing to score
    const allTb = scoreDimension(bank, "keselarasan", fill("keselarasan", ["tb", "tb"]));
    expect(allTb.scored).toBe(false);
    expect(allTb.band).toBeNull();
    expect(allTb.mean).toBeNull();
  });

  it("flags many Tidak tahu as a finding", () => {
    expect(scoreDimension(bank, "kebutuhan", fill("kebutuhan", [4, 4, "tt", "tt"])).manyUnknown).toBe(true);
    expect(scoreDimension(bank, "kebutuhan", fill("kebutuhan", [4, 4, 4, "tt"])).manyUnknown).toBe(false);
  });
});

describe("overall index", () => {
  it("is the mean of the scored dimensions only, with the same bands", () => {
    const s = scoreResult(bank, {
      ...fill("kebutuhan", [4, 4, 4, 4]),
      ...fill("keselarasan", [2, 3]),
      ...fill("perencanaan", ["tt", "tt", "tt", 1]),
    });
    expect(s.scoredCount).toBe(2);
    expect(s.overall).toBe(3.25);
    expect(s.overallBand).toBe("perlu-dibahas");
    expect(s.overall100).toBeCloseTo(56.25);
  });

  it("is null when no dimension has enough data", () => {
    const s = scoreResult(bank, {});
    expect(s.overall).toBeNull();
    expect(s.overallBand).toBeNull();
  });
});

describe("evidence coverage", () => {
  it("is the share of 4–5 answers with at least one evidence item, and does not change the score", () => {
    const answers = fill("kebutuhan", [5, 4, 4, 2]);
    const without = scoreResult(bank, answers);
    const withEv = scoreResult(bank, answers, { "kebutuhan-1": ["mou"], "kebutuhan-4": ["pks"] });
    expect(withEv.dimensions[0]!.evidenceCoverage).toBeCloseTo(1 / 3);
    expect(withEv.evidenceCoverage).toBeCloseTo(1 / 3);
    expect(withEv.dimensions[0]!.mean).toBe(without.dimensions[0]!.mean);
    expect(without.dimensions[0]!.evidenceCoverage).toBe(0);
    expect(scoreResult(bank, fill("kebutuhan", [1, 2, 3, 3])).dimensions[0]!.evidenceCoverage).toBeNull();
  });
});

describe("priorities", () => {
  it("lists scored dimensions below 4,0, lowest first", () => {
    const s = scoreResult(bank, {
      ...fill("kebutuhan", [3, 3, 3, 3]),
      ...fill("keselarasan", [2, 2]),
      ...fill("perencanaan", [5, 5, 5, 5]),
    });
    const p = priorities(bank, s);
    expect(p.dimensions.map((d) => d.id)).toEqual(["keselarasan", "kebutuhan"]);
    expect(tm(p.notes[0]!)).toMatch(
      /Hanya 2 dimensi yang skornya di bawah 4,00; 1 dimensi lain sudah menjadi kekuatan/,
    );
  });

  it("breaks ties by more Tidak tahu, then bank order", () => {
    const s = scoreResult(bank, {
      ...fill("kebutuhan", [3, 3, 3, 3]),
      ...fill("keselarasan", [3, 3]),
      ...fill("perencanaan", [3, 3, "tt", undefined]),
    });
    expect(priorities(bank, s).dimensions.map((d) => d.id)).toEqual(["perencanaan", "kebutuhan", "keselarasan"]);
    const noTt = scoreResult(bank, {
      ...fill("kebutuhan", [3, 3, 3, 3]),
      ...fill("keselarasan", [3, 3]),
      ...fill("perencanaan", [3, 3, 3, 3]),
    });
    expect(priorities(bank, noTt).dimensions.map((d) => d.id)).toEqual(["kebutuhan", "keselarasan", "perencanaan"]);
  });

  it("shows at most the limit", () => {
    const s = scoreResult(bank, {
      ...fill("kebutuhan", [1, 1, 1, 1]),
      ...fill("keselarasan", [2, 2]),
      ...fill("perencanaan", [3, 3, 3, 3]),
    });
    expect(priorities(bank, s, 2).dimensions).toHaveLength(2);
    expect(priorities(bank, s, 2).notes).toEqual([]);
  });

  it("says why when fewer qualify: all strengths", () => {
    const s = scoreResult(bank, {
      ...fill("kebutuhan", [4, 4, 4, 4]),
      ...fill("keselarasan", [5, 5]),
      ...fill("perencanaan", [4, 5, 4, 5]),
    });
    const p = priorities(bank, s);
    expect(p.dimensions).toEqual([]);
    expect(p.notes.map(tm)).toEqual(["Semua dimensi sudah menjadi kekuatan."]);
  });

  it("says why when fewer qualify: data belum cukup", () => {
    const s = scoreResult(bank, { ...fill("kebutuhan", [4, 4, 4, 4]) });
    const p = priorities(bank, s);
    expect(tm(p.notes[0]!)).toBe("Semua dimensi yang dapat dinilai sudah menjadi kekuatan.");
    expect(tm(p.notes[1]!)).toMatch(/^2 dimensi belum dapat dinilai/);
    expect(priorities(bank, scoreResult(bank, {})).notes.map(tm)).toEqual([
      "Belum ada dimensi yang dapat dinilai karena jawaban belum cukup.",
    ]);
  });
});
