import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResult } from "../../../src/lib/assessment/scoring";
import type { Answer } from "../../../src/lib/assessment/types";
import { bank } from "./bank-fixture";

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
          expect(d.score100).toBeGreaterThanOrEqual(0);
          expect(d.score100).toBeLessThanOrEqual(100);
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
