import { describe, expect, it } from "vitest";
import { isCaseList } from "../../../src/lib/assessment/case-list";
import { casesFor, type CaseSummary } from "../../../src/lib/assessment/recommend";

const c = (id: string, themes: string[], partnerTypes: string[] = []): CaseSummary => ({
  id,
  title: id,
  summary: "",
  themes,
  partnerTypes,
});

describe("case list from /studi-kasus/data.json", () => {
  it("accepts a list of cases with id, title, themes and partner types (and an empty list)", () => {
    expect(isCaseList([c("a", ["kebutuhan"]), c("b", [], ["pemda"])])).toBe(true);
    expect(isCaseList([])).toBe(true);
  });

  it("refuses anything else", () => {
    for (const bad of [
      undefined,
      null,
      "[]",
      {},
      [null],
      ["a"],
      [{ id: 1, title: "a", themes: [], partnerTypes: [] }],
      [{ id: "a", themes: [], partnerTypes: [] }],
      [{ id: "a", title: "a", themes: "kebutuhan", partnerTypes: [] }],
      [{ id: "a", title: "a", themes: [] }],
      [c("a", []), { id: "b" }],
    ])
      expect(isCaseList(bad), JSON.stringify(bad)).toBe(false);
  });

  it("feeds casesFor: cases themed on the dimension, the user's partner type first", () => {
    const list = [c("z", ["kebutuhan"]), c("b", ["kebutuhan"], ["pemda"]), c("a", ["lain"])];
    expect(isCaseList(list) && casesFor(list, "kebutuhan", "pemda").map((x) => x.id)).toEqual(["b", "z"]);
  });
});
