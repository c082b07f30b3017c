// Loaded on the first keystroke only (dynamic import): fuse, the query stemmer and the case shard of the site
// search index arrive together, and the explorer ranks with the same engine as the site search.
import { createSiteEngine, parsePayload, shardUrl } from "../../lib/search";

/** Case id → rank (0 is the best match); a case that is absent did not match. */
export type CaseMatcher = (query: string) => Map<string, number>;

const PREFIX = "kasus:";

export async function loadCaseMatcher(base: string): Promise<CaseMatcher> {
  const response = await fetch(base + shardUrl("kasus").slice(1));
  const payload = response.ok ? parsePayload(await response.json()) : null;
  if (!payload) throw new Error("invalid case shard of the search index");
  const engine = createSiteEngine([payload]);
  return (query) => {
    const ranks = new Map<string, number>();
    engine.search(query, payload.docs.length).hits.forEach((hit, i) => {
      if (hit.doc.id.startsWith(PREFIX)) ranks.set(hit.doc.id.slice(PREFIX.length), i);
    });
    return ranks;
  };
}
