import { describe, expect, it } from "vitest";
import { isRecord, isSlugId, isString, isText } from "../../../src/lib/util/guards";

describe("guards", () => {
  it("isRecord accepts plain objects only", () => {
    expect([{}, { a: 1 }].map(isRecord)).toEqual([true, true]);
    expect([null, [], "x", 1, undefined].map(isRecord)).toEqual([false, false, false, false, false]);
  });
  it("isText bounds the length; isString does not", () => {
    expect(isText("abc", 3)).toBe(true);
    expect(isText("abcd", 3)).toBe(false);
    expect(isText(3, 3)).toBe(false);
    expect(isString("x".repeat(10_000))).toBe(true);
  });
  it("isSlugId takes the ids the site writes", () => {
    expect(["kesiapan", "p-0a1b", "kebutuhan-1"].every(isSlugId)).toBe(true);
    expect(["", "Kebutuhan", "a b", "x".repeat(81), "a/b", 1].some(isSlugId)).toBe(false);
  });
});
