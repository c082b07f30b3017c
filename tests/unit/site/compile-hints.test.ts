import { describe, expect, it } from "vitest";
import { EAGER_COMPILE_HINT, staticClosure, withCompileHint } from "../../../src/lib/site/compile-hints";

const graph: Record<string, string[]> = {
  app: ["hooks", "storage"],
  hooks: ["preact"],
  storage: ["dates", "hooks"],
  preact: [],
  dates: [],
  charts: ["preact", "chartjs"],
  chartjs: [],
  loop: ["app"],
};
const importsOf = (id: string) => graph[id] ?? [];

describe("staticClosure", () => {
  it("collects the roots and everything they import, transitively, once", () => {
    expect([...staticClosure(["app"], importsOf)].sort()).toEqual(["app", "dates", "hooks", "preact", "storage"]);
  });

  it("leaves out what only other modules import", () => {
    const found = staticClosure(["app"], importsOf);
    expect(found.has("charts")).toBe(false);
    expect(found.has("chartjs")).toBe(false);
  });

  it("ends on an import cycle", () => {
    expect([...staticClosure(["loop"], importsOf)].sort()).toEqual([
      "app",
      "dates",
      "hooks",
      "loop",
      "preact",
      "storage",
    ]);
  });

  it("is empty without roots", () => {
    expect(staticClosure([], importsOf).size).toBe(0);
  });
});

describe("EAGER_COMPILE_HINT", () => {
  it("is V8's file-level magic comment, a single line", () => {
    expect(EAGER_COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad");
  });
});

describe("withCompileHint", () => {
  it("puts the hint on the first line", () => {
    expect(withCompileHint('import{a}from"./a.js";a();')).toBe(`${EAGER_COMPILE_HINT}\nimport{a}from"./a.js";a();`);
  });

  it("adds it once", () => {
    const once = withCompileHint("a();");
    expect(withCompileHint(once)).toBe(once);
  });
});
