import type { RecordType } from "./types";

/**
 * The index is split by type so that it stays under its budget (60 KB gzip per file) as content grows, and so
 * that a page that needs only cases (the case explorer) loads only the case shard. Fuse scores a record on its
 * own fields only, so searching the shards separately and merging gives the same order as one index.
 */
export const shardIds = ["panduan", "kasus", "istilah"] as const;
export type ShardId = (typeof shardIds)[number];

export function shardOf(type: RecordType): ShardId {
  return type === "alat" ? "panduan" : type;
}

/** Site-absolute URL of a shard (add the base path before fetching). */
export function shardUrl(id: ShardId): string {
  return `/search-index/${id}.json`;
}
