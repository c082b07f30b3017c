// Snippet sentences of the site search's index file, fetched alongside it (the first results need only the index).
// The case explorer shows no snippets, so only the site search's file has one.
import type { APIRoute, GetStaticPaths } from "astro";
import type { ShardId } from "../../../lib/search/shards";
import { buildIndex } from "../_build";

const withText: readonly ShardId[] = ["semua"];

export const getStaticPaths = (() => withText.map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shard = params["shard"] as ShardId;
  const payload = (await buildIndex())[shard].text;
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
