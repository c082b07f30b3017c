// The site search index, one file per shard, fetched by the search dialog, /cari/ and the case explorer on first
// use (never passed as island props). The snippet sentences are served apart: see kalimat/[shard].json.ts.
import type { APIRoute, GetStaticPaths } from "astro";
import { shardIds, type ShardId } from "../../lib/search/shards";
import { buildIndex } from "./_build";

export const getStaticPaths = (() => shardIds.map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shard = params["shard"] as ShardId;
  const payload = (await buildIndex())[shard].index;
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
