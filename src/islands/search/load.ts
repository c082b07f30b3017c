import type { SearchEngine } from "../../lib/search/engine";
import { shardIds, shardUrl } from "../../lib/search/shards";
import { withBase } from "../../lib/site/paths";

let engine: Promise<SearchEngine> | undefined;

/**
 * Fetches and validates every index shard once per page, then builds the engine. fuse and the engine are
 * imported here, on first use, so hydrating the dialog (on focus of the search link) stays small.
 */
export function loadSiteEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    const [{ createSiteEngine }, { parsePayload }] = await Promise.all([
      import("../../lib/search/engine"),
      import("../../lib/search/payload"),
    ]);
    const payloads = await Promise.all(
      shardIds.map(async (id) => {
        const res = await fetch(withBase(shardUrl(id)));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const payload = parsePayload(await res.json());
        if (!payload) throw new Error("Indeks pencarian tidak valid.");
        return payload;
      }),
    );
    return createSiteEngine(payloads);
  })();
  // A failed load may be retried on the next use (e.g. after the connection comes back).
  engine.catch(() => (engine = undefined));
  return engine;
}
