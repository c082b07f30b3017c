import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { findCycles, folderEdges, importEdges } from "../../support/import-graph";

const src = resolve("src");
const runtime = (edges: ReturnType<typeof importEdges>) => edges.filter((e) => !e.typeOnly && !e.dynamic);

describe("import graph of src/", () => {
  const edges = importEdges(src);

  it("reads a real graph (the check is not vacuous)", () => {
    expect(edges.length).toBeGreaterThan(300);
  });

  it("has no file-level import cycle at run time", () => {
    expect(findCycles(runtime(edges))).toEqual([]);
  });

  it("the self-assessment's role folders depend on each other in one direction only", () => {
    expect(findCycles(folderEdges(edges, resolve(src, "islands/assessment")))).toEqual([]);
  });

  it("the areas of src/lib depend on each other in one direction only", () => {
    expect(findCycles(folderEdges(edges, resolve(src, "lib")))).toEqual([]);
  });
});

describe("the check itself", () => {
  const fixture = resolve("tests/fixtures/import-cycle");
  const edges = importEdges(fixture);

  it("finds a run-time cycle through three files, ignoring the type-only edge", () => {
    const cycles = findCycles(runtime(edges)).map((c) => c.map((f) => f.slice(fixture.length + 1)));
    expect(cycles).toEqual([["a/one.ts", "b/three.ts", "b/two.ts"]]);
  });

  it("finds the folder cycle a ⇄ b", () => {
    expect(findCycles(folderEdges(edges, fixture))).toEqual([["a", "b"]]);
  });
});
