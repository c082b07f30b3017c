// Bytes of an uploaded spreadsheet export → text. Excel on Indonesian Windows saves "CSV (Comma delimited)" in
// Windows-1252 and "CSV UTF-8" with a BOM; "Unicode Text" is UTF-16 LE with a BOM; LibreOffice and Google Sheets
// write UTF-8 without a BOM. Any byte sequence that is valid UTF-8 is read as UTF-8 (Windows-1252 text with
// accented letters almost never is), everything else as Windows-1252, which maps every byte to a character.
import { fromUtf8 } from "../assessment/base64url";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F. The five bytes it leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) map to the C1 control of the same number, as the WHATWG Encoding Standard does.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // In slices, so a 10 MB file does not build one argument list per byte.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + 8192))
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b);
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const chunks: string[] = [];
  const units = Math.floor(bytes.length / 2);
  for (let start = 0; start < units; start += 8192) {
    const codes: number[] = [];
    for (let u = start; u < Math.min(units, start + 8192); u++) {
      const a = bytes[2 * u]!;
      const b = bytes[2 * u + 1]!;
      codes.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  // A lone surrogate (a cut file) would make invalid text downstream: replace it like a decoder would.
  return chunks.join("").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** Decodes with the rule above; the BOM is consumed, never part of the text. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const strict = fromUtf8(body);
    // A BOM followed by invalid UTF-8 is a mislabelled file: the bytes are still Windows-1252 text.
    return strict === undefined
      ? { text: decodeWindows1252(body), encoding: "windows-1252" }
      : { text: strict, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: "utf-16be" };
  const strict = fromUtf8(bytes);
  return strict === undefined
    ? { text: decodeWindows1252(bytes), encoding: "windows-1252" }
    : { text: strict, encoding: "utf-8" };
}
