// The snippet cleaner: the prose sentences of an MDX fragment, the only text a result snippet is taken from.
// Tables, headings, checkboxes, component tags, link targets and Markdown marks never reach a snippet (the old
// summaries showed "Indikator Cara mengukur Sumber data --- ---" and headings run into the next sentence).

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  "no nomor kec kab kel prov prof dr ir drs hj st jl tgl hlm dkk dll dsb dst sdr bpk yth a.n u.p vol".split(" "),
);

/** Shortest sentence worth showing on its own. */
const MIN_CHARS = 24;

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** One Markdown/MDX line or paragraph as plain text: tags, expressions, link targets and emphasis removed. */
export function cleanInline(text: string): string {
  return text
    .replace(/<[^>]*\/>/g, " ") // self-closing components: <Sumber n={1} />
    .replace(/<\/?[A-Za-z][^>]*>/g, "") // other tags keep their text: <Istilah id="x">KPBU</Istilah>
    .replace(/\{[^{}]*\}/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*>\s?/gm, "")
    .replace(/^\s*\[[ xX]\]\s*/, "") // a checkbox at the start of an item
    .replace(/\s\[[ xX]\]\s/g, " ")
    .replace(/(\*\*|__|`)/g, "")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s.,;:!?)]|$)/g, "$1$2")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?)…])/g, "$1")
    .replace(/\(\s+/g, "(")
    .trim();
}

/** Splits a cleaned paragraph into sentences at ". ", "? ", "! " before a capital, digit or quote. */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?…])\s+(?=["“‘(\p{Lu}\p{N}])/u);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    const lastWord = prev?.match(/([\p{L}.]+)\.$/u)?.[1]?.toLowerCase();
    if (prev !== undefined && lastWord !== undefined && ABBREVIATIONS.has(lastWord))
      out[out.length - 1] = `${prev} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Lines that carry no prose: table rows, headings, rules, fences, imports, lines that are only tags. */
function isProseLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.startsWith("|") || /^#{1,6}\s/.test(t) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(t)) return false;
  if (/^(?:import|export)\s/.test(t)) return false;
  return cleanInline(t).length > 0;
}

/**
 * The prose sentences of an MDX fragment in reading order: paragraphs and list items, cleaned, split into
 * sentences, fragments shorter than a short sentence dropped.
 */
export function proseSentences(mdx: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(current.join(" "));
    current = [];
  };
  let fenced = false;
  for (const line of mdx.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      flush();
      continue;
    }
    if (fenced || !isProseLine(line)) {
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) flush();
    current.push(line.replace(LIST_ITEM, ""));
  }
  flush();
  return blocks
    .map(cleanInline)
    .flatMap(splitSentences)
    .filter((s) => s.length >= MIN_CHARS && /\p{L}{3}/u.test(s));
}
