// Every message key that src/lib and the islands hand to a translator exists in the merged dictionary.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { id } from "../../../src/i18n/id";
import { walkSources } from "../../support/import-graph";

const AREAS = Object.keys(id).map((k) => k.split(".")[0]!);
const KEY = new RegExp(`["'\`]((?:${[...new Set(AREAS)].join("|")})\\.[A-Za-z][\\w.-]*[\\w])["'\`]`, "g");

describe("the dictionary", () => {
  it("has every key the code names literally", () => {
    const missing = walkSources(resolve("src"))
      .filter((f) => !f.includes("/i18n/id/"))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(KEY)].map((m) => m[1]!))
      .filter((k) => !Object.hasOwn(id, k));
    expect([...new Set(missing)]).toEqual([]);
  });

  it("has no empty text and no placeholder left unnamed", () => {
    for (const [key, text] of Object.entries(id)) {
      expect(text.trim(), key).not.toBe("");
      expect(text, key).not.toMatch(/\{\s*\}/);
    }
  });
});
