// Reads the regulation registry and every file a citation can live in straight from disk (no Astro), the way
// src/data/regulations.ts sees them in the build: shared by the unit tests and the checks over dist/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { regulationSchema } from "../../../../src/lib/content/schema/regulation";
import { registryOf, type Registry } from "../../../../src/lib/content/regulations";

export const contentRoot = (): string => process.env["CONTENT_DIR"] ?? "content";

export function loadRegistry(root = contentRoot()): Registry {
  const raw = parse(readFileSync(join(root, "regulations.yaml"), "utf8")) as unknown;
  return registryOf(regulationSchema.array().parse(raw));
}

export interface CitingFile {
  /** Path as the build names it in messages. */
  file: string;
  text: string;
  /** Route of the page that shows the file; undefined for files no page shows. */
  route?: string | undefined;
}

const list = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext) && !f.startsWith("_"))
        .sort()
    : [];

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const frontMatter = (text: string): Record<string, unknown> =>
  (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>) ?? {};

/** Every content file and src/pages page a citation may be written in, with the page that shows it. */
export function citingFiles(root = contentRoot()): CitingFile[] {
  const read = (p: string) => readFileSync(p, "utf8");
  const files: CitingFile[] = [];
  for (const f of list(join(root, "guides"), ".mdx")) {
    const text = read(join(root, "guides", f));
    const draft = frontMatter(text)["draft"] === true;
    files.push({ file: join(root, "guides", f), text, route: draft ? undefined : `/panduan/${f.replace(/\.mdx$/, "")}/` });
  }
  for (const f of list(join(root, "cases"), ".mdx"))
    files.push({ file: join(root, "cases", f), text: read(join(root, "cases", f)), route: `/studi-kasus/${f.replace(/\.mdx$/, "")}/` });
  if (existsSync(join(root, "glossary.yaml")))
    files.push({ file: join(root, "glossary.yaml"), text: read(join(root, "glossary.yaml")), route: "/glosarium/" });
  for (const f of list(join(root, "templates"), ".yaml")) {
    const text = read(join(root, "templates", f));
    const guide = (parse(text) as { guide?: string }).guide;
    files.push({ file: join(root, "templates", f), text, route: guide ? `/panduan/${guide}/` : undefined });
  }
  for (const f of [join(root, "search", "synonyms.yaml"), ...list(join(root, "assessment"), ".yaml").map((a) => join(root, "assessment", a))])
    if (existsSync(f)) files.push({ file: f, text: read(f) });
  for (const p of walk("src/pages").filter((p) => p.endsWith(".astro"))) {
    const text = read(p);
    if (!text.includes("<Regulasi") || p.includes("dasar-hukum")) continue;
    const route = "/" + relative("src/pages", p).replace(/\.astro$/, "").replace(/(^|\/)index$/, "$1");
    files.push({ file: p, text, route: route.endsWith("/") ? route : `${route}/` });
  }
  return files;
}
