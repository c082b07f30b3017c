import { describe, expect, it } from "vitest";
import { buildToc } from "../../../src/lib/content/toc";

describe("buildToc", () => {
  it("nests h3 under the preceding h2 and drops other depths", () => {
    const toc = buildToc([
      { depth: 2, slug: "a", text: "A" },
      { depth: 3, slug: "a1", text: "A1" },
      { depth: 4, slug: "a1x", text: "A1x" },
      { depth: 2, slug: "b", text: "B" },
    ]);
    expect(toc).toEqual([
      { depth: 2, slug: "a", text: "A", children: [{ depth: 3, slug: "a1", text: "A1" }] },
      { depth: 2, slug: "b", text: "B", children: [] },
    ]);
  });
  it("keeps an h3 that comes before any h2", () => {
    expect(buildToc([{ depth: 3, slug: "x", text: "X" }])).toEqual([{ depth: 3, slug: "x", text: "X", children: [] }]);
  });
});
