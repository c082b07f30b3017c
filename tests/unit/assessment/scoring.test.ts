import { describe, expect, it } from "vitest";
import {
  bandOf,
  priorities,
  scoreDimension,
  scoreResult,
  shownValue,
  UNKNOWN_SHARE,
} from "../../../src/lib/assessment/scoring";
import { tm } from "../../../src/i18n/report";
import { bank, fill } from "./bank-fixture";
import { bank8, dim, everywhere } from "./bank8-fixture";

describe("dimension score", () => {
  it("is the mean of the items answered 1–5", () => {
    const d = scoreDimension(bank, "kebutuhan", fill("kebutuhan", [3, 4, 4, 4]));
    expect(d.mean).toBe(3.75);
    expect(d.shown).toBe(3.75);
    expect(d.status).toBe("scored");
  });

  it("leaves Tidak berlaku and Tidak tahu out of the mean and counts them separately", () => {
    const d = scoreDimension(bank8, "kebutuhan", dim("kebutuhan", [2, 4, 4, "tb", "tt"]));
    expect(d.mean).toBeCloseTo(10 / 3);
    expect(d.tidakBerlaku).toBe(1);
    expect(d.tidakTahu).toBe(1);
    expect(d.answered).toBe(3);
  });

  it("chooses the band from the value as shown (rounded to two decimals), so number and word agree", () => {
    expect(bandOf(bank, 4)).toBe("kekuatan");
    expect(bandOf(bank, 3.99)).toBe("perlu-dibahas");
    expect(shownValue(3.995)).toBe(4);
    expect(bandOf(bank, shownValue(3.995))).toBe("kekuatan");
    expect(bandOf(bank, shownValue(3.9949))).toBe("perlu-dibahas");
    // 11/3 = 3,666… is shown as 3,67 and banded as 3,67.
    const d = scoreDimension(bank, "kebutuhan", fill("kebutuhan", [4, 4, 3, undefined]));
    expect(d.shown).toBe(3.67);
    expect(d.band).toBe("perlu-dibahas");
  });

  it("is 'Data belum cukup' when fewer than half of (items − Tidak berlaku) are answered 1–5", () => {
    expect(scoreDimension(bank, "kebutuhan", fill("kebutuhan", [5, "tb", undefined, undefined])).status).toBe(
      "insufficient",
    );
    const half = scoreDimension(bank, "kebutuhan", fill("kebutuhan", [5, 4, undefined, undefined]));
    expect(half.status).toBe("scored");
    expect(half.mean).toBe(4.5);
  });

  it("'Tidak tahu' on 40 % or more of the applicable statements gives 'Data belum cukup', not a band", () => {
    expect(UNKNOWN_SHARE).toBe(0.4);
    // The review's pattern: [tt, tt, 5, 5, 5] was 5,0 Kekuatan.
    const d = scoreDimension(bank8, "sumber-daya", dim("sumber-daya", ["tt", "tt", 5, 5, 5]));
    expect(d.status).toBe("unknown");
    expect(d.band).toBeNull();
    expect(d.mean).toBeNull();
    // One in five (20 %) still scores, and is reported as a finding only when it is a third or more.
    const one = scoreDimension(bank8, "komunikasi", dim("komunikasi", ["tt", 5, 5, 5, 5]));
    expect(one.status).toBe("scored");
    expect(one.manyUnknown).toBe(false);
  });

  it("a dimension where every statement is 'Tidak berlaku' reads 'Tidak berlaku', not 'Data belum cukup'", () => {
    const d = scoreDimension(bank8, "keberlanjutan", dim("keberlanjutan", ["tb", "tb", "tb", "tb", "tb"]));
    expect(d.status).toBe("notApplicable");
    expect(d.band).toBeNull();
  });

  it("a key item answered at the lowest two levels caps its dimension at 'Perlu perhatian'", () => {
    // The review's pattern: every statement 5 except the legal authority at 1 was 4,20 Kekuatan.
    const d = scoreDimension(bank8, "kebutuhan", dim("kebutuhan", [5, 5, 5, 5, 1]));
    expect(d.shown).toBe(4.2);
    expect(d.band).toBe("perlu-perhatian");
    expect(d.unmetKeyItems).toEqual(["kebutuhan-5"]);
    for (const a of [2, "tt", "tb"] as const)
      expect(scoreDimension(bank8, "kebutuhan", dim("kebutuhan", [5, 5, 5, 5, a])).unmetKeyItems).toEqual([
        "kebutuhan-5",
      ]);
    expect(scoreDimension(bank8, "kebutuhan", dim("kebutuhan", [5, 5, 5, 5, 3])).band).toBe("kekuatan");
  });

  it("lists the statements answered 1–2 and the 4–5 answers without evidence", () => {
    const d = scoreDimension(bank8, "komunikasi", dim("komunikasi", [1, 2, 4, 5, 3]), { "komunikasi-3": ["mou"] });
    expect(d.lowItems).toEqual(["komunikasi-1", "komunikasi-2"]);
    expect(d.unbackedItems).toEqual(["komunikasi-4"]);
  });
});

describe("overall index", () => {
  it("needs at least 6 of 8 dimensions with enough data: one dimension at 5 is 'Data belum cukup'", () => {
    const one = scoreResult(bank8, dim("kebutuhan", [5, 5, 5, 5, 5]));
    expect(one.scoredCount).toBe(1);
    expect(one.minScored).toBe(6);
    expect(one.overall).toBeNull();
    expect(one.overallBand).toBeNull();
    const six = scoreResult(bank8, {
      ...everywhere(4),
      ...dim("evaluasi", ["tt", "tt", "tt", 4, 4]),
      ...dim("keberlanjutan", ["tb", "tb", "tb", "tb", "tb"]),
    });
    expect(six.scoredCount).toBe(6);
    expect(six.overall).toBe(4);
  });

  it("a dimension in 'Perlu perhatian' holds the overall at 'Perlu dibahas' and is named", () => {
    // The review's pattern: seven dimensions at 5 and one at 1 averaged to 4,50 Kekuatan.
    const s = scoreResult(bank8, { ...everywhere(5), ...dim("komunikasi", [1, 1, 1, 1, 1]) });
    expect(s.overall).toBe(4.5);
    expect(s.overallBand).toBe("perlu-dibahas");
    expect(s.heldBackBy).toEqual({ dimensions: ["komunikasi"], keyItems: [] });
  });

  it("an unmet key item holds the overall at 'Perlu dibahas' and is named", () => {
    const s = scoreResult(bank8, everywhere(5, { "kebutuhan-5": 1 }));
    expect(s.overall).toBe(4.9);
    expect(s.overallBand).toBe("perlu-dibahas");
    expect(s.heldBackBy.keyItems).toEqual(["kebutuhan-5"]);
    expect(s.heldBackBy.dimensions).toEqual(["kebutuhan"]);
  });

  it("chooses the overall band from the value shown: 3,995 and above is 4,00 Kekuatan", () => {
    // Means 13/3, 17/4, 3,40 and 4,00 × 5 average to 3,9979…: the page shows 4,00, so the band is Kekuatan.
    const fours = ["tata-kelola", "komunikasi", "sumber-daya", "evaluasi", "keberlanjutan"];
    const answers = {
      ...Object.assign({}, ...fours.map((d) => dim(d, [4, 4, 4, 4, 4]))),
      ...dim("kebutuhan", [4, 4, 5]),
      ...dim("keselarasan", [4, 4, 4, 5]),
      ...dim("perencanaan", [4, 3, 3, 3, 4]),
    };
    const s = scoreResult(bank8, answers);
    expect(s.overall).toBe(4);
    expect(s.overallBand).toBe("kekuatan");
    // Just below the rounding edge: 3,99 is Perlu dibahas.
    const below = scoreResult(bank8, { ...answers, "perencanaan-1": 3 });
    expect(below.overall).toBeLessThan(4);
    expect(below.overallBand).toBe("perlu-dibahas");
  });

  it("is not held back when nothing holds it (and says nothing)", () => {
    const s = scoreResult(bank8, everywhere(4));
    expect(s.overallBand).toBe("kekuatan");
    expect(s.heldBackBy).toEqual({ dimensions: [], keyItems: [] });
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
  it("lists scored dimensions below the top band, lowest first", () => {
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

  it("puts a dimension held down by a key item first, whatever its mean", () => {
    const s = scoreResult(bank8, { ...everywhere(5, { "kebutuhan-5": 1 }), ...dim("evaluasi", [3, 3, 3, 3, 3]) });
    expect(priorities(bank8, s).dimensions.map((d) => d.id)).toEqual(["kebutuhan", "evaluasi"]);
  });

  it("breaks ties by the larger share of Tidak tahu, then bank order", () => {
    const s = scoreResult(bank, {
      ...fill("kebutuhan", [3, 3, 3, 3]),
      ...fill("keselarasan", [3, 3]),
      ...fill("perencanaan", [3, 3, 3, "tt"]),
    });
    expect(priorities(bank, s).dimensions.map((d) => d.id)).toEqual(["perencanaan", "kebutuhan", "keselarasan"]);
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
