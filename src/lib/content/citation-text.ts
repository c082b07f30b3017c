// Turns registry references written in content into text: `{reg:id}` / `{reg:id|singkat}` tokens in YAML and
// front matter, `<Regulasi id="…" />` tags in MDX bodies (for the search index and word counts), and
// `{ regulasi: id }` entries of a `sources` list.
import { plainCitation, REGULASI_TEKS, statusNote, noteText, citation, type CitationForm, type Registry } from "./regulations";
import { isRegulationSource, type RegulationSourceRef, type Source, type SourceInput } from "./schema/source";

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

function plain(registry: Registry, id: string, form: CitationForm, where: string): string {
  const r = registry.get(id);
  if (!r) throw new UnknownRegulationError(`${where}: regulasi tidak ada di content/regulations.yaml: "${id}"`);
  return plainCitation(r, form, registry);
}

/** Replaces every `{reg:…}` token in a YAML or front-matter string. */
export function resolveTokens(text: string, registry: Registry, where: string): string {
  if (!text.includes("{reg:")) return text;
  return text.replace(TOKEN_PATTERN, (_m, id: string, form: string | undefined) =>
    plain(registry, id, formOf(form, where), where),
  );
}

/** Attribute values of a `<Regulasi …/>` tag. */
export function tagAttributes(attrs: string): { id?: string; bentuk?: string } {
  const get = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  return { id: get("id"), bentuk: get("bentuk") };
}

/** An MDX body with each `<Regulasi />` tag replaced by its plain citation (what a reader sees, as text). */
export function expandTags(body: string, registry: Registry, where: string): string {
  if (!body.includes("<Regulasi")) return body;
  return body.replace(TAG_PATTERN, (_m, attrs: string) => {
    const { id, bentuk } = tagAttributes(attrs);
    if (!id) throw new UnknownRegulationError(`${where}: <Regulasi> tanpa id.`);
    return plain(registry, id, formOf(bentuk, where), where);
  });
}

/** A `sources` entry ready to show; a regulation gets its promulgated title, link and status note. */
export function resolveSource(s: SourceInput, registry: Registry, where: string): Source {
  if (!isRegulationSource(s)) {
    const { menyebut: _named, ...doc } = s;
    return doc;
  }
  return regulationSource(s, registry, where);
}

function regulationSource(s: RegulationSourceRef, registry: Registry, where: string): Source {
  const r = registry.get(s.regulasi);
  if (!r) throw new UnknownRegulationError(`${where}: sumber merujuk regulasi yang tidak ada: "${s.regulasi}"`);
  const title = s.bagian ? `${citation(r, "lengkap")} (${s.bagian})` : citation(r, "lengkap");
  const note = statusNote(r, registry);
  const catatan = note ? `${capitalize(noteText(note))}.` : undefined;
  const accessed = s.accessed ?? r.diperiksa;
  if (s.url && s.via) return { title, url: s.url, publisher: REGULASI_TEKS.salinanTidakResmi, via: s.via, accessed, catatan };
  if (r.tautanResmi) return { title, url: r.tautanResmi.url, publisher: r.tautanResmi.situs, accessed, catatan };
  if (r.salinan)
    return { title, url: r.salinan.url, publisher: REGULASI_TEKS.salinanTidakResmi, via: r.salinan.situs, accessed, catatan };
  throw new UnknownRegulationError(
    `${where}: regulasi "${r.id}" tidak punya tautan di registri; beri url dan via pada entri sumber ini.`,
  );
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !(v instanceof Date);

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Every string in a front-matter or YAML value with its tokens resolved, and every `sources`/`source` entry
 * resolved; other values are kept as they are.
 */
export function resolveDeep<T>(value: T, registry: Registry, where: string): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return resolveTokens(v, registry, where);
    if (Array.isArray(v))
      // Template examples also have a `sources` key, holding 1-based numbers: only objects are sources.
      return v.map((x) => (key === "sources" && isObject(x) ? resolveSource(x as SourceInput, registry, where) : walk(x)));
    if (isObject(v)) {
      if (key === "source") return resolveSource(v as SourceInput, registry, where);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value) as T;
}
