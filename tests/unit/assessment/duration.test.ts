import { describe, expect, it } from "vitest";
import { answeringMinutes, answeringMinutesOf } from "../../../src/lib/assessment/duration";

describe("answeringMinutes", () => {
  it("gives 30–45 seconds a statement, rounded to 5 minutes", () => {
    expect(answeringMinutes(40)).toEqual({ min: 20, max: 30 });
    expect(answeringMinutes(46)).toEqual({ min: 25, max: 35 });
  });
  it("never says less than 5 minutes", () => {
    expect(answeringMinutes(1)).toEqual({ min: 5, max: 5 });
  });
  it("covers several questionnaires with one range", () => {
    expect(answeringMinutesOf([40, 46])).toEqual({ min: 20, max: 35 });
  });
});
