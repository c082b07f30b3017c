// The glossary behind /glosarium/ and <Istilah id>: enough terms, unique ids, valid entries, and no content file
// pointing at a term that does not exist.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { glossarySchema } from "../../../src/lib/content/schema/glossary";

const root = join(process.cwd(), "content");
const entries = parseYaml(readFileSync(join(root, "glossary.yaml"), "utf8")) as { id: string }[];
const ids = entries.map((e) => e.id);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? mdxFiles(join(dir, d.name)) : d.name.endsWith(".mdx") ? [join(dir, d.name)] : [],
  );
}

describe("glossary", () => {
  it("has at least 40 terms", () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
  });

  it("has unique ids", () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("has every entry valid against the schema", () => {
    const bad = entries.flatMap((e) => {
      const r = glossarySchema.safeParse(e);
      return r.success ? [] : [`${e.id}: ${r.error.message}`];
    });
    expect(bad).toEqual([]);
  });

  it("includes the terms the issue lists", () => {
    const required = ["kpbu", "pjpk", "bup", "availability-payment", "vgf", "pii", "ksdd", "ksdpk", "mou", "pks", "mpp"];
    const more = ["sp4n-lapor", "satu-data", "walidata", "tkdv", "iku", "obc", "fbc"];
    expect([...required, ...more].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("defines every term id used by <Istilah> in guides and cases", () => {
    const files = mdxFiles(root);
    expect(files.length).toBeGreaterThan(0);
    const missing = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/<Istilah\s+id="([^"]+)"/g)]
        .map((m) => m[1] ?? "")
        .filter((id) => !ids.includes(id))
        .map((id) => `${file.slice(root.length + 1)}: ${id}`),
    );
    expect(missing).toEqual([]);
  });
});
