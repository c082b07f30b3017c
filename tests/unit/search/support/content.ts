// Reads the real content/ folder straight from disk (no Astro), so the search tests follow the content as it is
// written. Drafts are skipped as the site does; the newest version of each question bank is the tool.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { SiteContent } from "../../../../src/lib/search/build/site";
import { regulationSchema } from "../../../../src/lib/content/schema/regulation";
import { legalBasisKeywords } from "../../../../src/lib/content/regulations";
import { t } from "../../../../src/i18n/legal";
import * as routes from "../../../../src/lib/site/routes";

const defaultRoot = () => process.env["CONTENT_DIR"] ?? join(import.meta.dirname, "../../../../content");

function mdx(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, "utf8");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`No frontmatter in ${file}`);
  return { data: parse(m[1] ?? "") as Record<string, unknown>, body: m[2] ?? "" };
}

const list = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext) && !f.startsWith("_"))
        .sort()
    : [];

export function loadSiteContent(root = defaultRoot()): SiteContent {
  const guides = list(join(root, "guides"), ".mdx")
    .map((f) => ({ id: f.replace(/\.mdx$/, ""), ...mdx(join(root, "guides", f)) }))
    .filter((g) => g.data["draft"] !== true)
    .map((g) => ({
      id: g.id,
      title: String(g.data["title"]),
      description: String(g.data["description"]),
      section: String(g.data["section"]),
      tags: (g.data["tags"] as string[] | undefined) ?? [],
      body: g.body,
    }));
  const cases = list(join(root, "cases"), ".mdx").map((f) => {
    const { data, body } = mdx(join(root, "cases", f));
    return {
      id: f.replace(/\.mdx$/, ""),
      data: { tags: [], legalBasis: [], timeline: [], outcomes: [], ...data },
      body,
    };
  }) as unknown as SiteContent["cases"];
  const glossary = (parse(readFileSync(join(root, "glossary.yaml"), "utf8")) as SiteContent["glossary"]) ?? [];
  const banks = list(join(root, "assessment"), ".yaml").map(
    (f) =>
      parse(readFileSync(join(root, "assessment", f), "utf8")) as SiteContent["instruments"][number] & {
        version: number;
      },
  );
  const newest = new Map<string, (typeof banks)[number]>();
  for (const b of banks) if ((newest.get(b.id)?.version ?? 0) < b.version) newest.set(b.id, b);
  const synonyms = parse(readFileSync(join(root, "search/synonyms.yaml"), "utf8")) as SiteContent["synonyms"];
  // The legal-basis page, indexed as the search-index endpoint does.
  const regulationsFile = join(root, "regulations.yaml");
  const regulations = existsSync(regulationsFile)
    ? regulationSchema.array().parse(parse(readFileSync(regulationsFile, "utf8")))
    : [];
  const pages = [
    {
      id: "dasar-hukum",
      title: t("legal.page.title"),
      description: t("legal.search.description"),
      url: routes.legalBasis,
      keywords: [...t("legal.search.keywords").split("|"), ...legalBasisKeywords(regulations)],
    },
  ];
  return { guides, cases, glossary, instruments: [...newest.values()], synonyms, pages };
}
