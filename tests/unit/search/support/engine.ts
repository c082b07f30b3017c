import { siteFiles } from "../../../../src/lib/search/build/site";
import type { ShardFiles } from "../../../../src/lib/search/build/index-builder";
import { createSiteEngine, type FuzzyLoader, type SearchEngine } from "../../../../src/lib/search/engine";
import { createFuzzyWords } from "../../../../src/lib/search/fuzzy";
import { parsePayload, parseTextPayload, type IndexPayload } from "../../../../src/lib/search/payload";
import type { ShardId } from "../../../../src/lib/search/shards";
import { loadSiteContent } from "./content";

/** The fuzzy matcher handed over at once, as the case explorer does (the site search loads it on demand). */
export const withFuse: FuzzyLoader = () => createFuzzyWords;

let cached: Record<ShardId, ShardFiles> | undefined;

/** The real index and text files, built from content/ the way the endpoints build them. */
export function realFiles(): Record<ShardId, ShardFiles> {
  cached ??= siteFiles(loadSiteContent());
  return cached;
}

/** The real index files. */
export function realShards(): Record<ShardId, IndexPayload> {
  const files = realFiles();
  return { semua: files.semua.index, kasus: files.kasus.index };
}

/** A payload after a JSON round trip and validation, as the browser gets it. */
export function shipped(id: ShardId): IndexPayload {
  const p = parsePayload(JSON.parse(JSON.stringify(realShards()[id])));
  if (!p) throw new Error(`index file ${id} fails validation`);
  return p;
}

/** The engine of the site search (header dialog and /cari/) over the real index, with its snippet sentences. */
export function realEngine(): SearchEngine {
  const index = shipped("semua");
  const engine = createSiteEngine([index], withFuse);
  const text = parseTextPayload(JSON.parse(JSON.stringify(realFiles().semua.text)), index);
  if (!text || !engine.addText(0, text)) throw new Error("text file does not fit its index");
  return engine;
}
