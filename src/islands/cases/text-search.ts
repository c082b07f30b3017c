// Loaded on the first keystroke only (dynamic import): the engine, the query stemmer and the case shard of the site
// search index arrive together, and the explorer ranks with the same engine as the site search. Fuse (the fuzzy
// matcher, fuzzy.ts) comes later and only if a word needs it, as in the header dialog: a word of five letters or
// more that no spelling of the index equals or begins.
import { createSiteEngine, parsePayload, shardUrl } from "../../lib/search";

/** Case id → rank (0 is the best match); a case that is absent did not match. */
export type CaseMatcher = (query: string) => Map<string, number>;

const PREFIX = "kasus:";

/**
 * The explorer's matcher over the case shard. It answers at once; a query that needed the fuzzy matcher before it
 * arrived lacks its typo matches, and `onSpellings` is called (once) when the matcher is there, so the caller can
 * match the query again.
 */
export async function loadCaseMatcher(base: string, onSpellings: () => void): Promise<CaseMatcher> {
  const response = await fetch(base + shardUrl("kasus").slice(1));
  const payload = response.ok ? parsePayload(await response.json()) : null;
  if (!payload) throw new Error("invalid case shard of the search index");
  const engine = createSiteEngine([payload], () => import("../../lib/search/fuzzy").then((m) => m.createFuzzyWords));
  let waiting = false;
  return (query) => {
    const ranks = new Map<string, number>();
    const outcome = engine.search(query, payload.docs.length);
    outcome.hits.forEach((hit, i) => {
      if (hit.doc.id.startsWith(PREFIX)) ranks.set(hit.doc.id.slice(PREFIX.length), i);
    });
    if (outcome.pending && !waiting) {
      waiting = true;
      void outcome.pending.then(onSpellings);
    }
    return ranks;
  };
}
