import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { shardIds } from "../../../src/lib/search/shards";
import { realFiles } from "./support/engine";

describe("index size", () => {
  it("keeps each index file within its budget (and reports the sizes)", () => {
    const files = realFiles();
    // Level 6, as deploy/nginx.conf serves them.
    const sizes = [
      ...shardIds.map((id) => ({ id, json: files[id].index })),
      { id: "kalimat/semua", json: files.semua.text },
    ].map(({ id, json }) => {
      const text = JSON.stringify(json);
      return { id, raw: text.length, gzip: gzipSync(text, { level: 6 }).length };
    });
    console.log(
      `search index: ${sizes.map((s) => `${s.id} ${(s.raw / 1024).toFixed(1)} KB raw / ${(s.gzip / 1024).toFixed(1)} KB gz`).join("; ")}`,
    );
    // Bytes to the first results (index + script) must stay ≤ 65 KB gzip; npm run bench:search measures them.
    const budget: Record<string, number> = { semua: 42 * 1024, kasus: 20 * 1024, "kalimat/semua": 16 * 1024 };
    for (const s of sizes) expect(s.gzip, s.id).toBeLessThanOrEqual(budget[s.id] as number);
  });
});
