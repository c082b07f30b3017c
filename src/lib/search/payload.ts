import type { RecordType, SearchDoc } from "./types";
import { recordTypes } from "./types";

/** A doc as shipped: its display text is read back from the index (see payloadDocs). */
export type ShippedDoc = Pick<SearchDoc, "id" | "type" | "url">;

/** The JSON served at /search-index.json. */
export interface IndexPayload {
  version: 1;
  docs: ShippedDoc[];
  /** `Fuse.createIndex(...).toJSON()` over the full records (stems live only here). */
  index: { keys: unknown[]; records: unknown[] };
  /** Every stem in the corpus: the query stemmer's root list. */
  roots: string[];
  /** Normalised synonym groups. */
  synonyms: string[][];
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function isDoc(v: unknown): v is ShippedDoc {
  if (typeof v !== "object" || v === null) return false;
  const d = v as Record<string, unknown>;
  return (
    isString(d["id"]) &&
    recordTypes.includes(d["type"] as RecordType) &&
    isString(d["url"]) &&
    d["url"].startsWith("/") &&
    !d["url"].startsWith("//")
  );
}

/** The value fuse stored for a plain string key of one index record ("" when absent or malformed). */
function storedText(record: unknown, keyIndex: number): string {
  if (keyIndex < 0 || typeof record !== "object" || record === null) return "";
  const fields = (record as { $?: Record<string, unknown> }).$;
  const field = fields?.[String(keyIndex)] as { v?: unknown } | undefined;
  return typeof field?.v === "string" ? field.v : "";
}

/** Full display docs: ids and urls from `docs`, title, parent and summary from the index's stored values. */
export function payloadDocs(payload: IndexPayload): SearchDoc[] {
  const keys = payload.index.keys.map((k) => (k as { id?: unknown }).id);
  const [title, parent, summary] = ["title", "parent", "summary"].map((k) => keys.indexOf(k));
  return payload.docs.map((d, i) => {
    const rec = payload.index.records[i];
    const p = storedText(rec, parent ?? -1);
    const base = { ...d, title: storedText(rec, title ?? -1), summary: storedText(rec, summary ?? -1) };
    return p ? { ...base, parent: p } : base;
  });
}

/**
 * Checks a fetched index before use (it comes over the network, so it is not trusted): returns null for anything
 * that is not a well-formed version-1 payload, and the UI then says search is unavailable.
 */
export function parsePayload(json: unknown): IndexPayload | null {
  if (typeof json !== "object" || json === null) return null;
  const p = json as Record<string, unknown>;
  const index = p["index"] as Record<string, unknown> | undefined;
  if (
    p["version"] !== 1 ||
    !Array.isArray(p["docs"]) ||
    !p["docs"].every(isDoc) ||
    typeof index !== "object" ||
    index === null ||
    !Array.isArray(index["keys"]) ||
    !Array.isArray(index["records"]) ||
    index["records"].length !== p["docs"].length ||
    !isStringArray(p["roots"]) ||
    !Array.isArray(p["synonyms"]) ||
    !p["synonyms"].every(isStringArray)
  )
    return null;
  return json as IndexPayload;
}
