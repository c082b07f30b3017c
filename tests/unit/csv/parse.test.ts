import { describe, expect, it } from "vitest";
import { parseCsv, scanCsv } from "../../../src/lib/csv/parse";

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
    expect(() => parseCsv('"a;b\r\n')).toThrow(/unclosed quote/);
  });
});

describe("scanCsv", () => {
  it("reads like parseCsv on well-formed text", () => {
    expect(scanCsv('"a;b";c\r\nd;"e\r\nf"\r\n', ";")).toEqual({
      rows: [
        ["a;b", "c"],
        ["d", "e\r\nf"],
      ],
      truncated: false,
    });
    expect(scanCsv("a,b\nc,d", ",").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reports the row where an unclosed quote was opened instead of throwing", () => {
    expect(scanCsv('a;b\r\nc;"d\r\ne;f\r\n')).toMatchObject({ unclosedQuoteRow: 1 });
    expect(scanCsv('"')).toMatchObject({ unclosedQuoteRow: 0 });
  });

  it("stops after maxRows and says so", () => {
    expect(scanCsv("1\n2\n3\n", ";", 2)).toEqual({ rows: [["1"], ["2"]], truncated: true });
    expect(scanCsv("1\n2\n", ";", 2)).toEqual({ rows: [["1"], ["2"]], truncated: false });
  });

  it("reads a 2-million-character quoted cell whole", () => {
    const long = "x".repeat(2_000_000);
    expect(scanCsv(`"${long}";b`).rows[0]![0]).toHaveLength(2_000_000);
  });
});
