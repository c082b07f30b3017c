import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { shardIds } from "../../../src/lib/search/shards";
import { realShards } from "./support/engine";

describe("index size", () => {
  it("keeps every shard within 60 KB gzip (and reports the sizes)", () => {
    const shards = realShards();
    const sizes = shardIds.map((id) => {
      const json = JSON.stringify(shards[id]);
      return { id, records: shards[id].docs.length, raw: json.length, gzip: gzipSync(json).length };
    });
    const total = sizes.reduce((a, s) => a + s.gzip, 0);
    console.log(
      `search index: ${sizes.map((s) => `${s.id} ${s.records} records ${(s.raw / 1024).toFixed(1)} KB raw / ${(s.gzip / 1024).toFixed(1)} KB gz`).join("; ")}; total ${(total / 1024).toFixed(1)} KB gz`,
    );
    for (const s of sizes) expect(s.gzip, s.id).toBeLessThanOrEqual(60 * 1024);
  });
});
