import Fuse from "fuse.js";
import { fuseOptions, searchKeyList } from "../options";
import type { IndexPayload } from "../payload";
import type { SearchRecord } from "../types";

/**
 * The index payload. Display text (title, parent, summary) is already stored in the prebuilt fuse index as the
 * values of those keys, so `docs` carries only id, type and url and the client reads the rest back
 * (payload.ts: `payloadDocs`); shipping it twice cost about 15 KB gzip.
 */
// Field-length norms are computed when the index is built and stored in it, so the norm weight must be set here.
const indexOptions = fuseOptions.fieldNormWeight === undefined ? {} : { fieldNormWeight: fuseOptions.fieldNormWeight };

export function buildPayload(records: readonly SearchRecord[], synonyms: string[][]): IndexPayload {
  const docs = records.map(({ id, type, url }) => ({ id, type, url }));
  const index = Fuse.createIndex(searchKeyList, records, indexOptions).toJSON() as IndexPayload["index"];
  const roots = new Set<string>();
  for (const r of records) {
    for (const s of r.roots ?? r.stems.split(" ")) if (s) roots.add(s);
  }
  return { version: 1, docs, index, roots: [...roots].sort(), synonyms };
}
