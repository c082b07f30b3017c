// The methodology page's examples are the page's promises: each must show the rule it illustrates.
import { describe, expect, it } from "vitest";
import { exampleBank, methodologyExamples } from "../../../src/lib/assessment/examples";
import { bank8 } from "./bank8-fixture";

const ex = methodologyExamples(bank8);

describe("methodologyExamples", () => {
  it("builds an eight-dimension bank with the given bands and one key item", () => {
    const b = exampleBank(bank8);
    expect(b.dimensions).toHaveLength(8);
    expect(b.items).toHaveLength(40);
    expect(b.keyItems).toEqual(["keselarasan-5"]);
    expect(b.bands.map((x) => x.min)).toEqual([...bank8.bands].map((x) => x.min).sort((p, q) => q - p));
    expect(b.dimensions[0]!.name).toBe("Dimensi kebutuhan");
  });

  it("averages the 1–5 answers and leaves Tidak berlaku out", () => {
    expect(ex.mean.result.mean).toBe(3.75);
    expect(ex.mean.result.band).toBe("perlu-dibahas");
  });

  it("withholds a score when fewer than half the applicable statements are answered", () => {
    expect(ex.insufficient.result).toMatchObject({ status: "insufficient", answered: 1, tidakBerlaku: 1, band: null });
  });

  it("gives no score when Tidak tahu covers 40 % or more, even beside three 5s", () => {
    expect(ex.unknown.result).toMatchObject({ status: "unknown", mean: null, band: null });
  });

  it("marks an all-Tidak berlaku dimension as not applicable", () => {
    expect(ex.notApplicable.result.status).toBe("notApplicable");
  });

  it("caps a dimension whose key item is answered 1, whatever its mean", () => {
    expect(ex.keyItem.result.shown).toBe(4.2);
    expect(ex.keyItem.result.band).toBe("perlu-perhatian");
    expect(ex.keyItem.result.unmetKeyItems).toEqual(["keselarasan-5"]);
  });

  it("refuses an overall index from one dimension", () => {
    expect(ex.oneDimension).toMatchObject({ overall: null, overallBand: null, scoredCount: 1, minScored: 6 });
  });

  it("holds seven strong dimensions and one weak at Perlu dibahas", () => {
    expect(ex.weakDimension.overall).toBe(4.5);
    expect(ex.weakDimension.overallBand).toBe("perlu-dibahas");
    expect(ex.weakDimension.heldBackBy.dimensions).toEqual(["komunikasi"]);
  });

  it("reads the band from the shown value: 3,9979… shows as 4,00 and is Kekuatan", () => {
    expect(ex.rounding.raw).toBeGreaterThan(3.995);
    expect(ex.rounding.raw).toBeLessThan(4);
    expect(ex.rounding.score.overall).toBe(4);
    expect(ex.rounding.score.overallBand).toBe("kekuatan");
    expect(ex.rounding.means).toHaveLength(8);
  });
});
