// The regulation registry as the site uses it, the citation checks over every content file, and the index of
// which page cites which regulation (for /panduan/dasar-hukum/).
import { readFileSync } from "node:fs";
import { getCollection } from "astro:content";
import { registryOf, registryProblems, type Registry } from "../lib/content/regulations";
import { citationProblems } from "../lib/content/citation-check";
import { citationIndex, uncitedRegulations, type CitingPage, type PageText } from "../lib/content/citation-index";
import type { Regulation } from "../lib/content/schema/regulation";
import type { Citing } from "../lib/content/citation-text";
import { citationWords } from "../i18n/legal";
import { t } from "../i18n";
import { id as dictionary } from "../i18n/id";

let registry: Promise<Registry> | undefined;

/** Every regulation of content/regulations.yaml by id, in file order; a bad cross-reference fails the build. */
export function getRegistry(): Promise<Registry> {
  registry ??= (async () => {
    const entries = (await getCollection("regulations")).map((e) => e.data);
    const problems = registryProblems(entries);
    if (problems.length > 0) throw new Error(`Registri regulasi tidak valid:\n- ${problems.join("\n- ")}`);
    return registryOf(entries);
  })();
  return registry;
}

/** The registry with the words the content resolvers write citations with. */
export async function getCiting(): Promise<Citing> {
  const registry = await getRegistry();
  return { registry, words: citationWords(registry) };
}

export async function getRegulations(): Promise<Regulation[]> {
  return [...(await getRegistry()).values()];
}

// Pages outside content/ may cite regulations too (the about page cites the data protection law).
const pageSources = import.meta.glob<string>("../pages/**/*.astro", { query: "?raw", import: "default", eager: true });

/** "../pages/tentang/index.astro" → "/tentang/". */
const routeOfPage = (path: string) =>
  path
    .replace(/^\.\.\/pages/, "")
    .replace(/\.astro$/, "")
    .replace(/\/index$/, "/")
    .replace(/([^/])$/, "$1/");

/** The title a page gives <Base>: written out, or a dictionary key (title={t("about.title")}); else its route. */
function pageTitle(text: string, route: string): string {
  const literal = /\btitle="([^"]+)"/.exec(text)?.[1];
  if (literal) return literal;
  const key = /\btitle=\{t\("([\w.]+)"\)\}/.exec(text)?.[1];
  return key && Object.hasOwn(dictionary, key) ? dictionary[key as keyof typeof dictionary] : route;
}

interface SourceFile {
  /** Path as in the repository, named in build errors. */
  file: string;
  /** The page it is shown on; absent for files no page shows (drafts, search synonyms, question banks). */
  page?: CitingPage | undefined;
  text: string;
}

const fileOf = (e: { id: string; filePath?: string | undefined }) => e.filePath ?? e.id;
const read = (file: string) => readFileSync(file, "utf8");

let files: Promise<SourceFile[]> | undefined;

/** Every file a citation may be written in: content files, and src/pages pages that use <Regulasi>. */
function sourceFiles(): Promise<SourceFile[]> {
  files ??= (async () => {
    const [guides, cases, glossary, templates, synonyms, instruments] = await Promise.all([
      getCollection("guides"),
      getCollection("cases"),
      getCollection("glossary"),
      getCollection("templates"),
      getCollection("synonyms"),
      getCollection("instruments"),
    ]);
    const guideTitle = new Map(guides.map((g) => [g.id, g.data.title]));
    const once = new Map<string, SourceFile>();
    const add = (file: string, page?: CitingPage) => once.set(file, once.get(file) ?? { file, page, text: read(file) });
    for (const g of guides)
      add(fileOf(g), g.data.draft ? undefined : { route: `/panduan/${g.id}/`, title: g.data.title });
    for (const c of cases) add(fileOf(c), { route: `/studi-kasus/${c.id}/`, title: c.data.title });
    for (const term of glossary) add(fileOf(term), { route: "/glosarium/", title: t("glossary.title") });
    for (const tpl of templates) {
      const title = guideTitle.get(tpl.data.guide);
      add(fileOf(tpl), title ? { route: `/panduan/${tpl.data.guide}/`, title } : undefined);
    }
    for (const e of [...synonyms, ...instruments]) add(fileOf(e));
    for (const [path, text] of Object.entries(pageSources))
      if (text.includes("<Regulasi") && !path.includes("dasar-hukum"))
        once.set(path, {
          file: `src/pages${path.slice("../pages".length)}`,
          text,
          page: { route: routeOfPage(path), title: pageTitle(text, routeOfPage(path)) },
        });
    return [...once.values()];
  })();
  return files;
}

/** Hand-typed citations and unknown regulation ids in any content file, each with file and line. */
export async function getRegulationProblems(): Promise<string[]> {
  const reg = await getRegistry();
  return (await sourceFiles()).flatMap((f) => citationProblems(f, reg));
}

let index: Promise<Map<string, CitingPage[]>> | undefined;

/** Regulation id → the pages citing it (directly, or through the status note of a regulation they cite). */
export function getCitationIndex(): Promise<Map<string, CitingPage[]>> {
  index ??= (async () => {
    const byRoute = new Map<string, PageText>();
    for (const f of await sourceFiles()) {
      if (!f.page) continue;
      const seen = byRoute.get(f.page.route);
      byRoute.set(f.page.route, { page: seen?.page ?? f.page, texts: [...(seen?.texts ?? []), f.text] });
    }
    return citationIndex([...byRoute.values()], await getRegistry());
  })();
  return index;
}

/** Registry entries no page cites (the build prints them as a warning). */
export async function getUncitedRegulations(): Promise<string[]> {
  return uncitedRegulations(await getCitationIndex(), await getRegistry());
}
