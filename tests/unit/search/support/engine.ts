import { siteIndex } from "../../../../src/lib/search/build/site";
import { createSiteEngine, type SearchEngine } from "../../../../src/lib/search/engine";
import { parsePayload, type IndexPayload } from "../../../../src/lib/search/payload";
import type { ShardId } from "../../../../src/lib/search/shards";
import { loadSiteContent } from "./content";

let cached: Record<ShardId, IndexPayload> | undefined;

/** The real index files, built from content/ the way the endpoint builds them. */
export function realShards(): Record<ShardId, IndexPayload> {
  cached ??= siteIndex(loadSiteContent());
  return cached;
}

/** A payload after a JSON round trip and validation, as the browser gets it. */
export function shipped(id: ShardId): IndexPayload {
  const p = parsePayload(JSON.parse(JSON.stringify(realShards()[id])));
  if (!p) throw new Error(`index file ${id} fails validation`);
  return p;
}

/** The engine of the site search (header dialog and /cari/) over the real index. */
export function realEngine(): SearchEngine {
  return createSiteEngine([shipped("semua")]);
}
