// The questionnaire's larger start-up files carry V8's eager compile hint, and no other file does (src/integrations/
// compile-hints.ts): a hint on a library the page barely uses would compile it for nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { EAGER_COMPILE_HINT } from "../../src/lib/site/compile-hints";
import { staticClosure } from "./support/assets";
import { distDir, walk } from "./support/site";

const base = process.env.DIST_BASE ?? "/";
const page = parse(readFileSync(join(distDir, "penilaian/kesiapan/index.html"), "utf8"));
const island = page.querySelector('astro-island[component-url*="/AssessmentApp."]');
const start = staticClosure(
  [island?.getAttribute("component-url") ?? "", island?.getAttribute("renderer-url") ?? ""],
  distDir,
  base,
).sort();
const hinted = walk(distDir)
  .filter((f) => f.endsWith(".js") && readFileSync(f, "utf8").startsWith(`${EAGER_COMPILE_HINT}\n`))
  .sort();

describe("eager compile hints", () => {
  it("mark the questionnaire island's own file and Preact's core", () => {
    const name = (f: string) => f.split("/").pop()!.split(".")[0];
    expect(hinted.map(name)).toEqual(expect.arrayContaining(["AssessmentApp", "preact"]));
  });

  it("mark only files the questionnaire island needs to start", () => {
    expect(start.length).toBeGreaterThan(5);
    expect(hinted.filter((f) => !start.includes(f))).toEqual([]);
  });
});
