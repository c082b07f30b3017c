import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/lib/search/engine";
import { siteRecords } from "../../../src/lib/search/build/site";
import { shardIds, shardOf } from "../../../src/lib/search/shards";
import { relevanceTable } from "./relevance.table";
import { loadSiteContent } from "./support/content";
import { realEngine, realShards } from "./support/engine";

describe("prebuilt index", () => {
  it("createIndex → toJSON → parseIndex → search gives the same top 10 as an in-memory fuse", () => {
    const records = siteRecords(loadSiteContent());
    const shards = realShards();
    const memory = createEngine({
      parts: shardIds.map((id) => ({ docs: records.filter((r) => shardOf(r.type) === id) })),
      roots: shardIds.flatMap((id) => shards[id].roots),
      synonyms: shards.panduan.synonyms,
    });
    const parsed = realEngine();
    for (const { query } of relevanceTable) {
      const a = memory.search(query, 10).hits.map((h) => h.doc.id);
      const b = parsed.search(query, 10).hits.map((h) => h.doc.id);
      expect(b, query).toEqual(a);
    }
  });

  it("reads display text back from the index", () => {
    const hit = realEngine().search("SPAM Regional Umbulan", 1).hits[0];
    expect(hit?.doc).toMatchObject({
      id: "kasus:spam-umbulan",
      title: "SPAM Regional Umbulan",
      url: "/studi-kasus/spam-umbulan/",
    });
    expect(hit?.doc.summary.length).toBeGreaterThan(30);
    expect(hit?.doc.summary.length).toBeLessThanOrEqual(200);
  });
});
