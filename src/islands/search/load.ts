import { createSiteEngine, type SearchEngine } from "../../lib/search/engine";
import { parsePayload, parseTextPayload } from "../../lib/search/payload";
import { shardUrl, textUrl } from "../../lib/search/shards";
import { withBase } from "../../lib/site/paths";

export interface LoadedSearch {
  engine: SearchEngine;
  /** Resolves once the snippet sentences are in the engine (false if they could not be loaded). */
  text: Promise<boolean>;
}

let loaded: Promise<LoadedSearch> | undefined;

const getJson = async (url: string): Promise<unknown> => {
  const res = await fetch(withBase(url));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
};

/** The fuzzy matcher (fuse.js), a chunk of its own: fetched on the first query word the index lacks. */
const loadFuzzy = () => import("../../lib/search/fuzzy").then((m) => m.createFuzzyWords);

/**
 * Fetches the site index, then its snippet sentences, once per page. The engine is ready as soon as the index is
 * (the first results show titles, kinds and sections); the sentences are asked for only then, so on a slow
 * connection they do not share the line with the index, and they fill the snippets in when they arrive. The
 * engine code itself is small (no dictionary; fuse only when a word needs typo tolerance) and comes with the
 * island, which hydrates only on first use of search.
 */
export function loadSiteEngine(): Promise<LoadedSearch> {
  loaded ??= (async () => {
    const payload = parsePayload(await getJson(shardUrl("semua")));
    if (!payload) throw new Error("Malformed search index");
    const engine = createSiteEngine([payload], loadFuzzy);
    const text = getJson(textUrl("semua")).then(
      (json) => {
        const parsed = parseTextPayload(json, payload);
        return parsed ? engine.addText(0, parsed) : false;
      },
      () => false,
    );
    return { engine, text };
  })();
  // A failed load may be retried on the next use (e.g. after the connection comes back).
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
