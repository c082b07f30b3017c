// Which separator an uploaded CSV uses. Excel with Indonesian regional settings writes ";" (the decimal mark is
// ","), other spreadsheets ","; "Unicode Text" exports use tabs. Excel also honours a first line "sep=;", so we do.

export type Delimiter = ";" | "," | "\t";
export const delimiters: readonly Delimiter[] = [";", ",", "\t"];

export interface Dialect {
  delimiter: Delimiter;
  /** Characters to skip before the data: the "sep=x" line when there is one. */
  skip: number;
}

const SEP_LINE = /^sep=([;,\t])[ \t]*(\r\n|\n|$)/i;

/**
 * The separator that occurs most often outside quotes in the header row (the first row that has any of them);
 * ties go to ";", then ",". A file with a single column gets ";".
 */
export function detectDialect(text: string): Dialect {
  const sep = SEP_LINE.exec(text);
  if (sep) return { delimiter: sep[1] as Delimiter, skip: sep[0].length };
  const counts = new Map<Delimiter, number>(delimiters.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"')
      quoted = !quoted; // A doubled quote toggles twice: no net change, as it should.
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ";";
  for (const d of delimiters) if (counts.get(d)! > counts.get(best)!) best = d;
  return { delimiter: best, skip: 0 };
}
