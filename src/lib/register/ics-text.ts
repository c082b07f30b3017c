// RFC 5545 content-line rules used by the calendar export: TEXT escaping (3.3.11), DATE and UTC DATE-TIME values
// (3.3.4, 3.3.5) and line folding at 75 octets (3.1).

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value: backslash, semicolon and comma escaped, every line break as "\n"; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(CONTROLS, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/** Local date "2025-03-12" → DATE "20250312" (floating: the same calendar day in every zone). */
export const icsDate = (date: string): string => date.replaceAll("-", "");

/** An instant → UTC DATE-TIME "20261128T031500Z" (DTSTAMP and LAST-MODIFIED must be UTC). */
export function icsUtc(instant: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8, continuation lines starting with one
 * space. Breaks fall between code points, never inside a multi-byte character or a surrogate pair.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: one test instead of a walk over every character.
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    // UTF-8 length; a lone surrogate is written as U+FFFD, also 3 octets.
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74; // The leading space of a continuation line counts toward its 75.
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

/** A whole iCalendar object from its content lines: folded, CRLF after every line including the last. */
export const icsDocument = (lines: readonly string[]): string => `${lines.map(foldLine).join("\r\n")}\r\n`;
