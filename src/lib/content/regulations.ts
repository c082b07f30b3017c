// Citations of registry regulations (content/regulations.yaml): the full and short forms, and what a page must
// say about a regulation that was amended or revoked. Pure: the registry is passed in.
import { regulationKinds, type Regulation } from "./schema/regulation";

export type Registry = ReadonlyMap<string, Regulation>;
export type CitationForm = "lengkap" | "singkat";
export const citationForms: readonly CitationForm[] = ["lengkap", "singkat"];

export function registryOf(entries: readonly Regulation[]): Registry {
  return new Map(entries.map((r) => [r.id, r]));
}

/** "Nomor 38 Tahun 2015", or "Nomor 754/P/2020" for a decree numbered with a letter code. */
function numberPart(r: Regulation): string {
  return r.nomor.includes("/") ? `Nomor ${r.nomor}/${r.tahun}` : `Nomor ${r.nomor} Tahun ${r.tahun}`;
}

/** "Peraturan Presiden Nomor 38 Tahun 2015" (no title). */
export function citationHead(r: Regulation): string {
  const kind = regulationKinds[r.jenis];
  return [kind.lengkap, r.daerah?.nama, numberPart(r)].filter(Boolean).join(" ");
}

/**
 * `lengkap`: "Peraturan Presiden Nomor 38 Tahun 2015 tentang Kerjasama Pemerintah dengan Badan Usaha …";
 * `singkat`: "Perpres 38/2015".
 */
export function citation(r: Regulation, form: CitationForm): string {
  if (form === "singkat") {
    const kind = regulationKinds[r.jenis];
    return [kind.singkat, r.daerah?.singkat, `${r.nomor}/${r.tahun}`].filter(Boolean).join(" ");
  }
  return r.judul ? `${citationHead(r)} tentang ${r.judul}` : citationHead(r);
}

/** A full-form title the registry could not check against the regulation itself. */
export const titleUnconfirmed = (r: Regulation, form: CitationForm): boolean =>
  form === "lengkap" && r.judul !== undefined && !r.judulTerverifikasi;

export type StatusNote =
  | { kind: "diubah"; by: readonly Regulation[] }
  | {
      kind: "dicabut";
      by: Regulation;
      since?: Date | undefined;
      /** Later revocations of the revoking regulation, in order (so a reader lands on the rule in force). */
      then: readonly Regulation[];
    };

function lookup(registry: Registry, id: string, from: string): Regulation {
  const r = registry.get(id);
  if (!r) throw new Error(`content/regulations.yaml: "${from}" merujuk regulasi yang tidak ada: "${id}"`);
  return r;
}

/** What a page must add after citing `r`: nothing while it is in force as promulgated. */
export function statusNote(r: Regulation, registry: Registry): StatusNote | undefined {
  if (r.status === "diubah") return { kind: "diubah", by: r.diubahDengan.map((a) => lookup(registry, a.id, r.id)) };
  if (r.status !== "dicabut" || !r.dicabutDengan) return undefined;
  const by = lookup(registry, r.dicabutDengan.id, r.id);
  const then: Regulation[] = [];
  const seen = new Set([r.id, by.id]);
  for (let cur = by; cur.status === "dicabut" && cur.dicabutDengan && !seen.has(cur.dicabutDengan.id); ) {
    cur = lookup(registry, cur.dicabutDengan.id, cur.id);
    seen.add(cur.id);
    then.push(cur);
  }
  return { kind: "dicabut", by, since: r.dicabutDengan.sejak, then };
}

/** Regulations a status note names (they are shown wherever the note is). */
export const noteMentions = (note: StatusNote | undefined): Regulation[] =>
  !note ? [] : note.kind === "diubah" ? [...note.by] : [note.by, ...note.then];

/**
 * A status note as codes and regulations, in reading order; src/i18n/legal.ts turns it into words. Example for a
 * revoked regulation: revokedSince(date) revokedBy [reg] thenRevokedBy [reg].
 */
export type NoteToken =
  | { code: "amendedBy" | "revokedBy" | "thenRevokedBy" | "revoked" | "and" | "comma" }
  | { code: "revokedSince"; date: Date }
  | { code: "regulation"; regulation: Regulation };

export function noteTokens(note: StatusNote): NoteToken[] {
  const reg = (r: Regulation): NoteToken => ({ code: "regulation", regulation: r });
  if (note.kind === "diubah")
    return [
      { code: "amendedBy" },
      ...note.by.flatMap((r, i): NoteToken[] =>
        i === 0 ? [reg(r)] : [{ code: i === note.by.length - 1 ? "and" : "comma" }, reg(r)],
      ),
    ];
  return [
    note.since ? { code: "revokedSince", date: note.since } : { code: "revoked" },
    { code: "revokedBy" },
    reg(note.by),
    ...note.then.flatMap((r): NoteToken[] => [{ code: "thenRevokedBy" }, reg(r)]),
  ];
}

/** Problems inside the registry: amending and revoking ids that do not exist, or that point back at the entry. */
export function registryProblems(entries: readonly Regulation[], file = "content/regulations.yaml"): string[] {
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const r of entries) {
    if (ids.has(r.id)) problems.push(`${file}: id regulasi ganda: "${r.id}".`);
    ids.add(r.id);
  }
  for (const r of entries) {
    const refs = [...r.diubahDengan.map((a) => a.id), ...(r.dicabutDengan ? [r.dicabutDengan.id] : [])];
    for (const id of refs) {
      if (!ids.has(id)) problems.push(`${file}: "${r.id}" merujuk regulasi yang tidak ada di registri: "${id}".`);
      else if (id === r.id) problems.push(`${file}: "${r.id}" merujuk dirinya sendiri.`);
    }
  }
  return problems;
}

export type LinkKind = "resmi" | "salinan" | "tanpa";

/** Whether the registry links an official copy, only an unofficial one, or none. */
export const linkKind = (r: Regulation): LinkKind => (r.tautanResmi ? "resmi" : r.salinan ? "salinan" : "tanpa");

const kindOrder = Object.keys(regulationKinds);

/** Higher-ranking kinds first (UU, PP, Perpres … regional last), then older before newer, then by number. */
export const compareRegulations = (a: Regulation, b: Regulation): number =>
  kindOrder.indexOf(a.jenis) - kindOrder.indexOf(b.jenis) ||
  a.tahun - b.tahun ||
  Number.parseInt(a.nomor, 10) - Number.parseInt(b.nomor, 10);

/** Registry entries grouped by topic, in the topic order given, sorted within a topic by `compareRegulations`. */
export function byTopic<T extends string>(entries: readonly Regulation[], topics: readonly T[]): [T, Regulation[]][] {
  return topics
    .map((t) => [t, entries.filter((r) => r.topik === t).sort(compareRegulations)] as [T, Regulation[]])
    .filter(([, rs]) => rs.length > 0);
}

/** Short citations of every entry: the keywords that let site search find /panduan/dasar-hukum/. */
export const legalBasisKeywords = (entries: readonly Regulation[]): string[] => entries.map((r) => citation(r, "singkat"));
