// The build check for legal citations: a regulation named by hand (outside `<Regulasi>` in MDX, outside a
// `{reg:…}` token in YAML) or a reference to an id that is not in the registry is reported with file and line.
// Pure: callers pass the file texts.
import { isMap, isPair, isScalar, parseDocument, visit, type Scalar } from "yaml";
import type { Registry } from "./regulations";
import { TAG_PATTERN, TOKEN_PATTERN, tagAttributes } from "./citation-text";

export interface ContentText {
  /** Path shown in messages (as in the repository, e.g. "content/guides/x.mdx"). */
  file: string;
  text: string;
}

/**
 * Regulation citations as people type them: "Nomor 38 Tahun 2015", "No.96 Tahun 2016", "Nomor 754/P/2020",
 * "PP 28 Tahun 2018", "Perpres 38/2015", "PP No. 28/2018", "UU 27/2022", "Permen PPN 7/2023", "Pergub Kaltim 27/2021",
 * "Kep. Gubernur DIY 18/2000".
 */
const HAND_TYPED = [
  // First, so that an abbreviation before the number is part of the reported text ("PP Nomor 28 Tahun 2018").
  /\b(?:UU|PP|Perppu|Perpres|Keppres|Inpres|Permen[A-Za-z]*|Kepmen[A-Za-z]*|Pergub|Perbup|Perwali|Perda|PMK)\s+(?:Nomor\s+|No\.?\s*)?\d+\s+Tahun\s+(?:19|20)\d{2}\b/g,
  /\b(?:Nomor|No\.?)\s*\d+[A-Z0-9.]*(?:\/[A-Z0-9.]+)*\s+Tahun\s+(?:19|20)\d{2}\b/gi,
  /\bNomor\s+\d+\/[A-Z]+\/(?:19|20)\d{2}\b/g,
  /\b(?:UU|PP|Perppu|Perpres|Keppres|Inpres|Permen[A-Za-z]*|Kepmen[A-Za-z]*|Pergub|Kepgub|Kep\.\s*Gub(?:ernur)?|Perbup|Perwali|Perda|PMK|Perban|Peraturan|Keputusan|Instruksi)\b(?:\s+(?:[A-Z][\w.]*|No\.?|Nomor)){0,4}\s*\d+[A-Z0-9.]*(?:\/[A-Z0-9.]+)*\/(?:19|20)\d{2}\b/g,
];

interface Hit {
  index: number;
  match: string;
}

export function handTypedCitations(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const re of HAND_TYPED)
    for (const m of text.matchAll(re))
      if (!hits.some((h) => m.index < h.index + h.match.length && h.index < m.index + m[0].length))
        hits.push({ index: m.index, match: m[0] });
  return hits.sort((a, b) => a.index - b.index);
}

/** Blanks out what may legitimately hold numbers (tags, tokens, link targets, URLs), keeping offsets and lines. */
function mask(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  return text
    .replace(TAG_PATTERN, blank)
    .replace(TOKEN_PATTERN, blank)
    .replace(/\]\([^)\s]*\)/g, blank)
    .replace(/https?:\/\/[^\s"'<>)\]]+/g, blank);
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split("\n").length;

/** The number and year in a hand-typed citation: "Nomor 754/P/2020" → 754, 2020. */
function numberAndYear(match: string): [string, number] {
  const digits = match.match(/\d+/g) ?? [];
  return [digits[0] ?? "", Number(digits.at(-1))];
}

function suggestion(match: string, registry: Registry): string {
  const [nomor, tahun] = numberAndYear(match);
  const ids = [...registry.values()].filter((r) => r.nomor.split("/")[0] === nomor && r.tahun === tahun).map((r) => r.id);
  return ids.length > 0 ? ` (mungkin: ${ids.join(", ")})` : " (tambahkan dulu ke content/regulations.yaml)";
}

function handTypedMessage(file: string, line: number, match: string, registry: Registry, yaml: boolean): string {
  const how = yaml ? "{reg:<id>} atau, untuk sumber, regulasi: <id>" : '<Regulasi id="<id>" />';
  return `${file}:${line}: kutipan regulasi diketik langsung: "${match.replace(/\s+/g, " ")}"; pakai ${how}${suggestion(match, registry)}.`;
}

/** Ids a source title may name: its `menyebut` list, as number and year pairs. */
function namedInMap(map: unknown, registry: Registry): Set<string> {
  if (!isMap(map)) return new Set();
  const named = map.get("menyebut");
  const ids = Array.isArray(named) ? named : named && typeof named === "object" && "toJSON" in named ? (named as { toJSON(): unknown }).toJSON() : [];
  return new Set(
    (Array.isArray(ids) ? ids : [])
      .map((id) => registry.get(String(id)))
      .filter((r) => r !== undefined)
      .map((r) => `${r.nomor.split("/")[0]}/${r.tahun}`),
  );
}

/** Hand-typed citations in YAML text (a .yaml file or a front matter starting at `lineOffset`). */
export function yamlCitationProblems(file: string, text: string, registry: Registry, lineOffset = 0): string[] {
  const problems: string[] = [];
  const doc = parseDocument(text);
  visit(doc, {
    Scalar(_key, node: Scalar, path) {
      if (typeof node.value !== "string" || !node.range) return;
      const [start, end] = node.range;
      const raw = text.slice(start, end);
      const hits = handTypedCitations(mask(raw));
      if (hits.length === 0) return;
      const pair = path.at(-1);
      const isTitle = isPair(pair) && isScalar(pair.key) && pair.key.value === "title" && pair.value === node;
      const allowed = isTitle ? namedInMap(path.at(-2), registry) : new Set<string>();
      for (const h of hits) {
        const [nomor, tahun] = numberAndYear(h.match);
        if (allowed.has(`${nomor}/${tahun}`)) continue;
        problems.push(handTypedMessage(file, lineOffset + lineAt(text, start + h.index), h.match, registry, true));
      }
    },
  });
  return problems;
}

/** Splits an MDX file into its front matter and body, with the body's first line number. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { frontMatter: "", body: text, bodyLine: 1 };
  return { frontMatter: m[1] ?? "", body: text.slice(m[0].length), bodyLine: lineAt(text, m[0].length) };
}

/** Hand-typed citations in markup (an MDX body or an .astro page): every citation must be a `<Regulasi>` tag. */
export function markupCitationProblems(file: string, text: string, registry: Registry, firstLine = 1): string[] {
  const masked = mask(text);
  return handTypedCitations(masked).map((h) =>
    handTypedMessage(file, firstLine - 1 + lineAt(masked, h.index), h.match, registry, false),
  );
}

export function mdxCitationProblems(file: string, text: string, registry: Registry): string[] {
  const { frontMatter, body, bodyLine } = splitFrontMatter(text);
  return [
    ...yamlCitationProblems(file, frontMatter, registry, 1),
    ...markupCitationProblems(file, body, registry, bodyLine),
  ];
}

export interface Reference {
  id: string;
  line: number;
}

/** Every registry id a file refers to: `<Regulasi id>`, `{reg:id}`, `regulasi: id` and `menyebut: [ids]`. */
export function referencesIn(text: string): Reference[] {
  const refs: Reference[] = [];
  const add = (id: string, index: number) => refs.push({ id, line: lineAt(text, index) });
  for (const m of text.matchAll(TAG_PATTERN)) {
    const id = tagAttributes(m[1] ?? "").id;
    if (id) add(id, m.index);
  }
  for (const m of text.matchAll(TOKEN_PATTERN)) add(m[1] ?? "", m.index);
  for (const m of text.matchAll(/\bregulasi:\s*["']?([a-z0-9-]+)/g)) add(m[1] ?? "", m.index);
  for (const m of text.matchAll(/\bmenyebut:\s*\[([^\]]*)\]/g))
    for (const id of (m[1] ?? "").split(",").map((s) => s.trim().replace(/^["']|["']$/g, "")))
      if (id) add(id, m.index);
  return refs;
}

/** References to ids the registry does not have, and `<Regulasi>` tags without an id or with a bad `bentuk`. */
export function referenceProblems(file: string, text: string, registry: Registry): string[] {
  const problems = referencesIn(text)
    .filter((r) => !registry.has(r.id))
    .map((r) => `${file}:${r.line}: regulasi tidak ada di content/regulations.yaml: "${r.id}".`);
  for (const m of text.matchAll(TAG_PATTERN)) {
    const { id, bentuk } = tagAttributes(m[1] ?? "");
    const line = lineAt(text, m.index);
    if (!id) problems.push(`${file}:${line}: <Regulasi> tanpa id.`);
    if (bentuk !== undefined && bentuk !== "lengkap" && bentuk !== "singkat")
      problems.push(`${file}:${line}: <Regulasi bentuk="${bentuk}"> tidak dikenal (lengkap atau singkat).`);
  }
  for (const m of text.matchAll(TOKEN_PATTERN))
    if (m[2] !== undefined && m[2] !== "lengkap" && m[2] !== "singkat")
      problems.push(`${file}:${lineAt(text, m.index)}: {reg:${m[1]}|${m[2]}}: bentuk tidak dikenal (lengkap atau singkat).`);
  return problems;
}

/** Every citation problem of one content file (MDX, YAML or an .astro page), by its extension. */
export function citationProblems(f: ContentText, registry: Registry): string[] {
  const hand = f.file.endsWith(".mdx")
    ? mdxCitationProblems(f.file, f.text, registry)
    : f.file.endsWith(".yaml") || f.file.endsWith(".yml")
      ? yamlCitationProblems(f.file, f.text, registry)
      : markupCitationProblems(f.file, f.text, registry);
  return [...referenceProblems(f.file, f.text, registry), ...hand];
}
