import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvText, encodeCsv } from "../../../src/lib/csv/encode";
import { parseCsv } from "../../../src/lib/csv/parse";

describe("encodeCsv", () => {
  it("writes a BOM, ';' between cells and CRLF after every row", () => {
    expect(
      encodeCsv([
        ["Indikator", "Target"],
        ["Debit", "4.000"],
      ]),
    ).toBe(`${CSV_BOM}Indikator;Target\r\nDebit;4.000\r\n`);
  });

  it("writes only the BOM for no rows, and can leave the BOM out", () => {
    expect(encodeCsv([])).toBe(CSV_BOM);
    expect(encodeCsv([["a"]], { bom: false })).toBe("a\r\n");
  });

  it("quotes cells holding the separator, quotes, line breaks or edge spaces", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('kata "kunci"')).toBe('"kata ""kunci"""');
    expect(csvCell("baris 1\nbaris 2")).toBe('"baris 1\nbaris 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell(" spasi")).toBe('" spasi"');
    expect(csvCell("spasi ")).toBe('"spasi "');
    expect(csvCell("a,b")).toBe("a,b");
    expect(csvCell("tanpa apa-apa")).toBe("tanpa apa-apa");
  });

  it("quotes on the separator actually used", () => {
    expect(encodeCsv([["a,b", "c;d"]], { separator: ",", bom: false })).toBe('"a,b",c;d\r\n');
  });

  it.each(["=SUM(A1:A2)", "+62 21", "-1+1", "@cmd", "\tHAI", "\rHAI"])(
    "prefixes a formula-leading cell with an apostrophe: %j",
    (value) => {
      expect(csvText(value)).toBe(`'${value}`);
    },
  );

  it("leaves formula characters alone when they are not first", () => {
    expect(csvText("a=b")).toBe("a=b");
    expect(csvText("Rp-1")).toBe("Rp-1");
  });

  it("guards and quotes a cell that needs both", () => {
    expect(csvCell('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
  });

  it("writes numbers with a decimal comma and no thousands separator; negatives are not formulas", () => {
    expect(csvText(3.75)).toBe("3,75");
    expect(csvText(1234.5)).toBe("1234,5");
    expect(csvText(-2)).toBe("-2");
    expect(csvText(Number.NaN)).toBe("");
    expect(csvText(Number.POSITIVE_INFINITY)).toBe("");
  });

  it("writes null/undefined as empty cells and zero as 0", () => {
    expect(encodeCsv([[null, undefined, 0, "x"]], { bom: false })).toBe(";;0;x\r\n");
  });

  it("rejects a separator that would break the format", () => {
    expect(() => encodeCsv([["a"]], { separator: '"' })).toThrow(/separator/);
    expect(() => encodeCsv([["a"]], { separator: ";;" })).toThrow(/separator/);
    expect(() => encodeCsv([["a"]], { separator: "\n" })).toThrow(/separator/);
  });

  it("round-trips any text through parseCsv (up to the formula guard)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", " ", ";", '"', "\n", "\r", "=", "-", "é", "\t", ",") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(encodeCsv(rows));
        expect(parsed.bom).toBe(true);
        expect(parsed.rows).toEqual(rows.map((r) => r.map((v) => csvText(v))));
      }),
    );
  });
});
