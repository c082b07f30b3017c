import { describe, expect, it } from "vitest";
import { forwardAction, resumeStep, stepsOf } from "../../../src/lib/assessment/steps";
import { bank, fill } from "./bank-fixture";

describe("questionnaire steps", () => {
  it("counts the context, one step per dimension and the review before the results", () => {
    // The fixture has 3 dimensions: 0 context, 1–3 dimensions, 4 review, 5 results.
    expect(stepsOf(bank)).toEqual({ count: 5, review: 4, results: 5 });
  });

  it("moves on, then offers the review, then the results", () => {
    expect([0, 1, 2, 3, 4].map((s) => forwardAction(bank, s))).toEqual(["next", "next", "next", "review", "results"]);
  });

  it("resumes at the first dimension with an unanswered item, the review when none, the results when completed", () => {
    expect(resumeStep(bank, {}, false)).toBe(1);
    expect(resumeStep(bank, fill("kebutuhan", [1, 2, 3, 4]), false)).toBe(2);
    const all = {
      ...fill("kebutuhan", [1, 2, 3, 4]),
      ...fill("keselarasan", [5, "tb"]),
      ...fill("perencanaan", [1, 1, 1, "tt"]),
    };
    expect(resumeStep(bank, all, false)).toBe(4);
    expect(resumeStep(bank, {}, true)).toBe(5);
  });
});
