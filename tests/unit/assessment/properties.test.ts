import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResult } from "../../../src/lib/assessment/scoring";
import type { Answer } from "../../../src/lib/assessment/types";
import { bank } from "./bank-fixture";
import { bank8 } from "./bank8-fixture";

const answer = fc.constantFrom<Answer | undefined>(1, 2, 3, 4, 5, "tb", "tt", undefined);
const answerSet = fc
  .array(answer, { minLength: bank.items.length, maxLength: bank.items.length })
  .map((values) =>
    Object.fromEntries(bank.items.flatMap((item, i) => (values[i] === undefined ? [] : [[item.id, values[i]!]]))),
  ) as fc.Arbitrary<Record<string, Answer>>;
const itemIndex = fc.integer({ min: 0, max: bank.items.length - 1 });

describe("scoring properties", () => {
  it("keeps every score in range", () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        const s = scoreResult(bank, answers);
        for (const d of s.dimensions) {
          if (d.mean === null) continue;
          expect(d.mean).toBeGreaterThanOrEqual(1);
          expect(d.mean).toBeLessThanOrEqual(5);
          expect(d.shown).toBeCloseTo(d.mean, 2);
        }
        if (s.overall !== null) {
          expect(s.overall).toBeGreaterThanOrEqual(1);
          expect(s.overall).toBeLessThanOrEqual(5);
        }
        if (s.evidenceCoverage !== null) expect(s.evidenceCoverage).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it("a Tidak berlaku never changes another dimension", () => {
    fc.assert(
      fc.property(answerSet, itemIndex, (answers, i) => {
        const item = bank.items[i]!;
        const before = scoreResult(bank, answers);
        const after = scoreResult(bank, { ...answers, [item.id]: "tb" });
        before.dimensions.forEach((d, k) => {
          if (d.id !== item.dimension) expect(after.dimensions[k]).toEqual(d);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("raising one answer never lowers its dimension's score", () => {
    fc.assert(
      fc.property(
        answerSet,
        itemIndex,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (answers, i, from, step) => {
          const item = bank.items[i]!;
          const to = Math.min(5, from + step) as 1 | 2 | 3 | 4 | 5;
          const low = scoreResult(bank, { ...answers, [item.id]: from as Answer });
          const high = scoreResult(bank, { ...answers, [item.id]: to });
          const k = bank.dimensions.findIndex((d) => d.id === item.dimension);
          // Same answered count on both sides, so both are scored or neither is.
          expect(high.dimensions[k]!.scored).toBe(low.dimensions[k]!.scored);
          if (low.dimensions[k]!.mean !== null)
            expect(high.dimensions[k]!.mean!).toBeGreaterThanOrEqual(low.dimensions[k]!.mean!);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("verdicts never overstate (8-dimension bank with key items)", () => {
  const answer8 = fc
    .array(answer, { minLength: bank8.items.length, maxLength: bank8.items.length })
    .map((values) =>
      Object.fromEntries(bank8.items.flatMap((item, i) => (values[i] === undefined ? [] : [[item.id, values[i]!]]))),
    ) as fc.Arbitrary<Record<string, Answer>>;
  const rank = (b: string | null) => (b === null ? -1 : ["perlu-perhatian", "perlu-dibahas", "kekuatan"].indexOf(b));

  it("a key item at the bottom never yields 'Kekuatan' for its dimension or overall", () => {
    fc.assert(
      fc.property(
        answer8,
        fc.constantFrom(...bank8.keyItems),
        fc.constantFrom<Answer>(1, 2, "tt", "tb"),
        (a, key, low) => {
          const s = scoreResult(bank8, { ...a, [key]: low });
          const d = s.dimensions.find((x) => x.id === key.replace(/-\d+$/, ""))!;
          expect(d.band).not.toBe("kekuatan");
          expect(s.overallBand).not.toBe("kekuatan");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("the overall is never 'Kekuatan' while a dimension is 'Perlu perhatian'", () => {
    fc.assert(
      fc.property(answer8, (a) => {
        const s = scoreResult(bank8, a);
        if (s.dimensions.some((d) => d.band === "perlu-perhatian")) expect(s.overallBand).not.toBe("kekuatan");
        if (s.scoredCount < 6) expect(s.overallBand).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it("raising one answer never lowers its dimension's band", () => {
    fc.assert(
      fc.property(
        answer8,
        fc.integer({ min: 0, max: bank8.items.length - 1 }),
        fc.integer({ min: 1, max: 4 }),
        (a, i, from) => {
          const item = bank8.items[i]!;
          const low = scoreResult(bank8, { ...a, [item.id]: from as Answer });
          const high = scoreResult(bank8, { ...a, [item.id]: (from + 1) as Answer });
          const k = bank8.dimensions.findIndex((d) => d.id === item.dimension);
          expect(rank(high.dimensions[k]!.band)).toBeGreaterThanOrEqual(rank(low.dimensions[k]!.band));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
