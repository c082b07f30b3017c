import { pageUrl } from "./types";

/**
 * A page: id ("<type>:<slug>", which also gives its URL through the route table), title and, for glossary
 * entries, the spelled-out abbreviation.
 */
export type PageEntry = [id: string, title: string] | [id: string, title: string, alias: string];

/**
 * A unit: its page (index into `docs`), heading anchor, heading ("" for the page itself). The anchor is "" when it
 * is the heading's slug (nearly always), and the engine derives it.
 */
export type UnitEntry = [page: number, anchor: string, heading: string];

/** A synonym group present in the shard: its number in synonyms.yaml, its terms joined by "|", its postings. */
export type GroupEntry = [group: number, terms: string, postings: string];

/**
 * One shard of the search index as served at /search-index/<shard>.json: an inverted index over word stems,
 * built at build time (see build/index-builder.ts) and read by engine.ts.
 */
export interface IndexPayload {
  version: 2;
  /** A fingerprint of this build of the file, shared with its text file (TextPayload). */
  stamp: string;
  docs: PageEntry[];
  units: UnitEntry[];
  /**
   * Every stem in the shard, sorted, joined by one space; also the query stemmer's root list. A stem may be
   * followed by the other spellings seen in the text, each after a ",", with "~" standing for the stem
   * ("umbul,~an" is "umbul" seen as "umbulan"). Prefix and typo matching use the spellings.
   */
  vocab: string;
  /** Per stem (same order), its postings (see postings.ts). */
  postings: string[];
  groups: GroupEntry[];
}

const isString = (v: unknown): v is string => typeof v === "string";
const isIndex = (v: unknown, size: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < size;

/** A page whose id names a known type and a plain slug (so its URL stays on this site). */
function isPage(v: unknown): v is PageEntry {
  return (
    Array.isArray(v) && (v.length === 2 || v.length === 3) && v.every(isString) && pageUrl(v[0] as string) !== undefined
  );
}

const isUnit = (pages: number) => (v: unknown) =>
  Array.isArray(v) && v.length === 3 && isIndex(v[0], pages) && isString(v[1]) && isString(v[2]);

const isGroup = (v: unknown) =>
  Array.isArray(v) && v.length === 3 && Number.isInteger(v[0]) && isString(v[1]) && isString(v[2]);

/**
 * Checks a fetched shard before use (it comes over the network, so it is not trusted): returns null for anything
 * that is not a well-formed version-2 payload, and the UI then says search is unavailable. Posting strings are
 * checked while decoding (postings.ts), so a bad one loses only its own term.
 */
export function parsePayload(json: unknown): IndexPayload | null {
  if (typeof json !== "object" || json === null) return null;
  const p = json as Record<string, unknown>;
  const docs = p["docs"];
  if (p["version"] !== 2 || !isString(p["stamp"]) || !Array.isArray(docs) || !docs.every(isPage)) return null;
  const units = p["units"];
  if (!Array.isArray(units) || !units.every(isUnit(docs.length))) return null;
  const { vocab, postings, groups } = p;
  if (!isString(vocab) || !Array.isArray(postings) || !postings.every(isString)) return null;
  if ((vocab ? vocab.split(" ").length : 0) !== postings.length) return null;
  if (!Array.isArray(groups) || !groups.every(isGroup)) return null;
  return json as IndexPayload;
}

/**
 * The snippet sentences of an index file's units, served apart (/search-index/kalimat/<file>.json) and fetched
 * alongside it: the first results (titles, kinds, sections) need only the index, so they come sooner on a slow
 * connection, and the snippets fill in when this arrives.
 */
export interface TextPayload {
  version: 2;
  /** The stamp of the index file these sentences belong to. */
  stamp: string;
  /** Per unit of the index file, in order, its candidate sentences. */
  sentences: string[][];
}

/** Checks a fetched text file; null unless it is well formed and belongs to `index`. */
export function parseTextPayload(json: unknown, index: IndexPayload): TextPayload | null {
  if (typeof json !== "object" || json === null) return null;
  const p = json as Record<string, unknown>;
  const sentences = p["sentences"];
  if (p["version"] !== 2 || p["stamp"] !== index.stamp || !Array.isArray(sentences)) return null;
  if (sentences.length !== index.units.length || !sentences.every((s) => Array.isArray(s) && s.every(isString)))
    return null;
  return json as TextPayload;
}
