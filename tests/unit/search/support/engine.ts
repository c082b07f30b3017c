import { siteIndex } from "../../../../src/lib/search/build/site";
import { createSiteEngine, type SearchEngine } from "../../../../src/lib/search/engine";
import { parsePayload, type IndexPayload } from "../../../../src/lib/search/payload";
import { shardIds, type ShardId } from "../../../../src/lib/search/shards";
import { loadSiteContent } from "./content";

let cached: Record<ShardId, IndexPayload> | undefined;

/** The real index shards, built from content/ the way the endpoint builds them. */
export function realShards(): Record<ShardId, IndexPayload> {
  cached ??= siteIndex(loadSiteContent());
  return cached;
}

/** An engine over the shards after a JSON round trip and validation, as the browser gets them. */
export function realEngine(): SearchEngine {
  const shards = realShards();
  return createSiteEngine(
    shardIds.map((id) => {
      const p = parsePayload(JSON.parse(JSON.stringify(shards[id])));
      if (!p) throw new Error(`shard ${id} fails validation`);
      return p;
    }),
  );
}
