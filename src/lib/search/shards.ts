import type { RecordType } from "./types";

/**
 * The index files. The site search (header dialog, /cari/) loads "semua", one file with every kind of page:
 * shared vocabulary and synonyms make it about a fifth smaller than the sum of per-type files. The case explorer
 * loads "kasus", only the case studies. Both are weighed against the whole site at build time, so a case scores
 * the same in either, and the engine can merge several files (see docs/benchmarks.md for the plan past a few
 * thousand pages: one file per type, loaded when its type can match).
 */
export const shardIds = ["semua", "kasus"] as const;
export type ShardId = (typeof shardIds)[number];

/** Whether a page of this type goes into the shard. */
export function inShard(shard: ShardId, type: RecordType): boolean {
  return shard === "semua" || type === shard;
}

/** Site-absolute URL of a shard (add the base path before fetching). */
export function shardUrl(id: ShardId): string {
  return `/search-index/${id}.json`;
}

/** Site-absolute URL of a shard's snippet sentences (see TextPayload). */
export function textUrl(id: ShardId): string {
  return `/search-index/kalimat/${id}.json`;
}
