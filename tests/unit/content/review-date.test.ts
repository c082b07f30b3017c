import { describe, expect, it } from "vitest";
import { lastReviewed } from "../../../src/lib/content/review-date";

const d = (s: string) => new Date(s);

describe("the content's last review date", () => {
  it("takes the newest of review dates and source access dates", () => {
    const newest = lastReviewed([
      { updated: d("2026-11-28"), sources: [{ accessed: d("2026-11-20") }] },
      { sources: [{ accessed: d("2026-12-03") }, { accessed: d("2026-10-01") }] },
      { source: { accessed: d("2026-11-30") } },
    ]);
    expect(newest?.toISOString().slice(0, 10)).toBe("2026-12-03");
  });
  it("is undefined when nothing records a check, and ignores invalid dates", () => {
    expect(lastReviewed([])).toBeUndefined();
    expect(lastReviewed([{ sources: [] }, { updated: d("not a date") }])).toBeUndefined();
  });
});
