import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cssContent, cssString } from "../../../src/lib/util/css-string";

/** Reads a CSS string literal back the way a CSS parser does (escapes of one character only). */
function parseCssString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const body = literal.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\") out += body[++i] ?? "";
    else {
      expect(c, "an unescaped quote would end the string").not.toBe('"');
      out += c;
    }
  }
  return out;
}

describe("cssString", () => {
  it("quotes plain text", () => {
    expect(cssString("Dinas Kesehatan · 3 Desember 2026")).toBe('"Dinas Kesehatan · 3 Desember 2026"');
  });
  it("escapes quotes and backslashes and flattens line breaks", () => {
    expect(cssString('Dinas "A"\\B\nC')).toBe('"Dinas \\"A\\"\\\\B C"');
  });
  it("never lets user text end the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(parseCssString(cssString(s))).toBe(s.replace(/[\r\n\t\f]+/g, " "));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("cssContent", () => {
  it("turns placeholders into counters and the rest into strings", () => {
    expect(cssContent("Halaman {page} dari {pages}", { page: "page", pages: "pages" })).toBe(
      '"Halaman " counter(page) " dari " counter(pages)',
    );
  });
  it("keeps unknown placeholders and odd counter names as text", () => {
    expect(cssContent("{page}/{x}", { page: "page" })).toBe('counter(page) "/{x}"');
    expect(cssContent("{page}", { page: "page) evil(" })).toBe('"{page}"');
  });
});
