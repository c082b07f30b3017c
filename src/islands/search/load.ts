import { createSiteEngine, type SearchEngine } from "../../lib/search/engine";
import { parsePayload } from "../../lib/search/payload";
import { shardUrl } from "../../lib/search/shards";
import { withBase } from "../../lib/site/paths";

let engine: Promise<SearchEngine> | undefined;

/**
 * Fetches and validates the site index once per page, then builds the engine. The engine itself is small (no
 * fuse, no dictionary) and comes with the island, which hydrates only on first use of search.
 */
export function loadSiteEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    const res = await fetch(withBase(shardUrl("semua")));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const payload = parsePayload(await res.json());
    if (!payload) throw new Error("Malformed search index");
    return createSiteEngine([payload]);
  })();
  // A failed load may be retried on the next use (e.g. after the connection comes back).
  engine.catch(() => (engine = undefined));
  return engine;
}
