import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv/parse";

describe("parseCsv", () => {
  it("reports the BOM and strips it from the first cell", () => {
    expect(parseCsv("\uFEFFa;b\r\n")).toEqual({ bom: true, rows: [["a", "b"]] });
    expect(parseCsv("a;b\r\n")).toEqual({ bom: false, rows: [["a", "b"]] });
  });

  it("reads quoted cells with separators, doubled quotes and line breaks", () => {
    expect(parseCsv('"a;b";"x ""y""";"1\r\n2"\r\nc;;\r\n').rows).toEqual([
      ["a;b", 'x "y"', "1\r\n2"],
      ["c", "", ""],
    ]);
  });

  it("accepts LF line endings and a missing final line break", () => {
    expect(parseCsv("a;b\nc;d").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("fails on an unclosed quote", () => {
    expect(() => parseCsv('"a;b\r\n')).toThrow(/kutip/);
  });
});
