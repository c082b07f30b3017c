import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { shardIds } from "../../../src/lib/search/shards";
import { realShards } from "./support/engine";

describe("index size", () => {
  it("keeps each index file within its budget (and reports the sizes)", () => {
    const shards = realShards();
    const sizes = shardIds.map((id) => {
      const json = JSON.stringify(shards[id]);
      return { id, units: shards[id].units.length, raw: json.length, gzip: gzipSync(json, { level: 9 }).length };
    });
    console.log(
      `search index: ${sizes.map((s) => `${s.id} ${s.units} units ${(s.raw / 1024).toFixed(1)} KB raw / ${(s.gzip / 1024).toFixed(1)} KB gz`).join("; ")}`,
    );
    // Bytes to the first results must stay ≤ 65 KB gzip with the script (measured by npm run bench:search).
    const budget = { semua: 50 * 1024, kasus: 20 * 1024 };
    for (const s of sizes) expect(s.gzip, s.id).toBeLessThanOrEqual(budget[s.id]);
  });
});
