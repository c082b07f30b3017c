// Turns registry references written in content into text: `{reg:id}` / `{reg:id|singkat}` tokens in YAML and
// front matter, `<Regulasi id="…" />` tags in MDX bodies (for the search index and word counts), and
// `{ regulasi: id }` entries of a `sources` list.
import { citation, type CitationForm, type Registry } from "./regulations";
import type { Regulation } from "./schema/regulation";
import { isRegulationSource, type RegulationSourceRef, type Source, type SourceInput } from "./schema/source";

/** The words a resolver needs (src/i18n/legal.ts supplies them): this module returns no sentences of its own. */
export interface CitationWords {
  /** The citation as plain text, with its status note in brackets. */
  plain(r: Regulation, form: CitationForm): string;
  /** The status note as a sentence, or undefined while the regulation is in force as promulgated. */
  note(r: Regulation): string | undefined;
  /** Publisher label of a copy on a third-party site. */
  unofficialCopy: string;
}

/** The registry and the words, passed together to every resolver. */
export interface Citing {
  registry: Registry;
  words: CitationWords;
}

/** `{reg:perpres-38-2015}` (full form) or `{reg:perpres-38-2015|singkat}`. */
export const TOKEN_PATTERN = /\{reg:([a-z0-9-]+)(?:\|([a-z]+))?\}/g;
/** `<Regulasi id="…" />` with an optional `bentuk`, attributes in any order. */
export const TAG_PATTERN = /<Regulasi\b([^>]*?)\/>/g;

export class UnknownRegulationError extends Error {}

function formOf(raw: string | undefined, where: string): CitationForm {
  if (raw === undefined || raw === "lengkap") return "lengkap";
  if (raw === "singkat") return "singkat";
  throw new UnknownRegulationError(`${where}: bentuk kutipan tidak dikenal: "${raw}" (lengkap atau singkat).`);
}

function plain({ registry, words }: Citing, id: string, form: CitationForm, where: string): string {
  const r = registry.get(id);
  if (!r) throw new UnknownRegulationError(`${where}: regulasi tidak ada di content/regulations.yaml: "${id}"`);
  return words.plain(r, form);
}

/** Replaces every `{reg:…}` token in a YAML or front-matter string. */
export function resolveTokens(text: string, citing: Citing, where: string): string {
  if (!text.includes("{reg:")) return text;
  return text.replace(TOKEN_PATTERN, (_m, id: string, form: string | undefined) =>
    plain(citing, id, formOf(form, where), where),
  );
}

/** Attribute values of a `<Regulasi …/>` tag. */
export function tagAttributes(attrs: string): { id?: string | undefined; bentuk?: string | undefined } {
  const get = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  return { id: get("id"), bentuk: get("bentuk") };
}

/** An MDX body with each `<Regulasi />` tag replaced by its plain citation (what a reader sees, as text). */
export function expandTags(body: string, citing: Citing, where: string): string {
  if (!body.includes("<Regulasi")) return body;
  return body.replace(TAG_PATTERN, (_m, attrs: string) => {
    const { id, bentuk } = tagAttributes(attrs);
    if (!id) throw new UnknownRegulationError(`${where}: <Regulasi> tanpa id.`);
    return plain(citing, id, formOf(bentuk, where), where);
  });
}

/** A `sources` entry ready to show; a regulation gets its promulgated title, link and status note. */
export function resolveSource(s: SourceInput, citing: Citing, where: string): Source {
  if (!isRegulationSource(s)) {
    const { menyebut: _named, ...doc } = s;
    return doc;
  }
  return regulationSource(s, citing, where);
}

function regulationSource(s: RegulationSourceRef, { registry, words }: Citing, where: string): Source {
  const r = registry.get(s.regulasi);
  if (!r) throw new UnknownRegulationError(`${where}: sumber merujuk regulasi yang tidak ada: "${s.regulasi}"`);
  const title = s.bagian ? `${citation(r, "lengkap")} (${s.bagian})` : citation(r, "lengkap");
  const catatan = words.note(r);
  const accessed = s.accessed ?? r.diperiksa;
  const copy = words.unofficialCopy;
  if (s.url && s.via) return { title, url: s.url, publisher: copy, via: s.via, accessed, catatan };
  if (r.tautanResmi) return { title, url: r.tautanResmi.url, publisher: r.tautanResmi.situs, accessed, catatan };
  if (r.salinan) return { title, url: r.salinan.url, publisher: copy, via: r.salinan.situs, accessed, catatan };
  throw new UnknownRegulationError(
    `${where}: regulasi "${r.id}" tidak punya tautan di registri; beri url dan via pada entri sumber ini.`,
  );
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !(v instanceof Date);

/**
 * Every string in a front-matter or YAML value with its tokens resolved, and every `sources`/`source` entry
 * resolved; other values are kept as they are.
 */
export function resolveDeep<T>(value: T, citing: Citing, where: string): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return resolveTokens(v, citing, where);
    if (Array.isArray(v))
      // Template examples also have a `sources` key, holding 1-based numbers: only objects are sources.
      return v.map((x) => (key === "sources" && isObject(x) ? resolveSource(x as SourceInput, citing, where) : walk(x)));
    if (isObject(v)) {
      if (key === "source") return resolveSource(v as SourceInput, citing, where);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value) as T;
}
