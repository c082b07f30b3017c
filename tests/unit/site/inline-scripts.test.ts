import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "../../../src/scripts/inline/hashes.mjs";
import { minifyInline } from "../../../src/scripts/inline/minify.mjs";

const source = readFileSync(new URL("../../../src/scripts/inline/offline.js", import.meta.url), "utf8");
const sha256 = (text: string) => "sha256-" + createHash("sha256").update(text).digest("base64");

describe("minifyInline", () => {
  it("minifies: no comments, shorter than the source", () => {
    const code = minifyInline(source);
    expect(code).not.toContain("//");
    expect(code.length).toBeLessThan(source.length * 0.7);
    expect(code).toContain("sw.js");
  });

  it("returns the same text on every call (the layout calls it once per page)", () => {
    expect(minifyInline(source)).toBe(minifyInline(source));
    expect(minifyInline("const a = 1;\n")).toBe(minifyInline("const a = 1;\n"));
    expect(minifyInline("const a = 1;\n")).not.toBe(minifyInline(source));
  });

  it("gives the text whose hash the CSP lists", () => {
    expect(inlineScriptHashes()).toContain(sha256(minifyInline(source)));
  });
});
