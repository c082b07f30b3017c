import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDialect } from "../../../src/lib/register/csv-dialect";
import { decodeText, decodeWindows1252 } from "../../../src/lib/register/text-decode";
import { utf8 } from "./support";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM, consuming the BOM", () => {
    expect(decodeText(utf8("\uFEFFNama;Mitra"))).toEqual({ text: "Nama;Mitra", encoding: "utf-8-bom" });
    expect(decodeText(utf8("Kerja sama – Tenggara é"))).toEqual({ text: "Kerja sama – Tenggara é", encoding: "utf-8" });
  });

  it("reads Windows-1252 when the bytes are not UTF-8, including the 0x80–0x9F table", () => {
    // "Café “Kopi” – €5" as Excel saves it on Indonesian Windows.
    const cp1252 = bytes(
      0x43,
      0x61,
      0x66,
      0xe9,
      0x20,
      0x93,
      0x4b,
      0x6f,
      0x70,
      0x69,
      0x94,
      0x20,
      0x96,
      0x20,
      0x80,
      0x35,
    );
    expect(decodeText(cp1252)).toEqual({ text: "Café “Kopi” – €5", encoding: "windows-1252" });
    expect(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe("\u0081\u008d\u008f\u0090\u009d");
    expect(decodeWindows1252(bytes(0x8a, 0x9a, 0x9f, 0xa0, 0xff))).toBe("ŠšŸ\u00a0ÿ");
  });

  it("agrees with the platform's windows-1252 decoder on every byte", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeWindows1252(all)).toBe(new TextDecoder("windows-1252").decode(all));
  });

  it("falls back to Windows-1252 when a BOM is followed by invalid UTF-8", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41, 0xe9))).toEqual({ text: "Aé", encoding: "windows-1252" });
  });

  it("reads UTF-16 with a BOM (Excel's Unicode Text), both byte orders, and repairs a cut surrogate", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0xe9, 0x00))).toEqual({
      text: "A\té",
      encoding: "utf-16le",
    });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x20, 0xac))).toEqual({ text: "A€", encoding: "utf-16be" });
    expect(decodeText(bytes(0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00)).text).toBe("\ufffdA");
  });

  it("decodes any bytes without throwing, and valid UTF-8 text always as itself", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(typeof decodeText(b).text).toBe("string");
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 50 }), (s) => {
        const text = s.replace(/^\uFEFF/, "");
        expect(decodeText(utf8(text)).text).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("detectDialect", () => {
  it("picks the separator that is most frequent outside quotes in the header row", () => {
    expect(detectDialect("Nama;Mitra;Status\r\n")).toEqual({ delimiter: ";", skip: 0 });
    expect(detectDialect("Nama,Mitra,Status\n")).toEqual({ delimiter: ",", skip: 0 });
    expect(detectDialect("Nama\tMitra\tStatus\n")).toEqual({ delimiter: "\t", skip: 0 });
    // Commas inside quotes do not count.
    expect(detectDialect('"Nama, lengkap";"Mitra, utama";Status\n')).toEqual({ delimiter: ";", skip: 0 });
    expect(detectDialect('"Nama; lengkap","Mitra; utama",Status\n')).toEqual({ delimiter: ",", skip: 0 });
    // A quoted header cell with a line break does not end the header row.
    expect(detectDialect('"Nama\nkemitraan",Mitra\n1;2;3;4\n')).toEqual({ delimiter: ",", skip: 0 });
  });

  it("skips leading lines without any separator, ties go to ;, one column gets ;", () => {
    expect(detectDialect("DAFTAR KERJA SAMA\r\nNama,Mitra\r\n")).toEqual({ delimiter: ",", skip: 0 });
    expect(detectDialect("a;b,c\n")).toEqual({ delimiter: ";", skip: 0 });
    expect(detectDialect("Nama\nA\n")).toEqual({ delimiter: ";", skip: 0 });
    expect(detectDialect("")).toEqual({ delimiter: ";", skip: 0 });
  });

  it('honours Excel\'s "sep=" line and skips it', () => {
    expect(detectDialect("sep=,\r\nNama;Mitra\r\n")).toEqual({ delimiter: ",", skip: 7 });
    expect(detectDialect("SEP=;\nNama,Mitra\n")).toEqual({ delimiter: ";", skip: 6 });
  });
});
