// Builds the search index files once per build, for both endpoints (the index files and their snippet sentences).
// The underscore keeps this file from becoming a route.
import { render } from "astro:content";
import { getCases, getCurrentInstruments, getGlossary, getGuides, getSynonyms } from "../../data/content";
import { getRegulations } from "../../data/regulations";
import { legalBasisKeywords } from "../../lib/content/regulations";
import { t } from "../../i18n/legal";
import * as routes from "../../lib/site/routes";
import { siteFiles } from "../../lib/search/build/site";
import type { ShardFiles } from "../../lib/search/build/index-builder";
import type { ShardId } from "../../lib/search/shards";

let built: Promise<Record<ShardId, ShardFiles>> | undefined;

/** The files of every shard, built on first use. */
export function buildIndex(): Promise<Record<ShardId, ShardFiles>> {
  built ??= (async () => {
    const [guides, cases, glossary, instruments, synonyms, regulations] = await Promise.all([
      getGuides(),
      getCases(),
      getGlossary(),
      getCurrentInstruments(),
      getSynonyms(),
      getRegulations(),
    ]);
    const guideInputs = await Promise.all(
      guides.map(async (g) => ({
        id: g.id,
        title: g.data.title,
        description: g.data.description,
        section: g.data.section,
        tags: g.data.tags,
        body: g.body ?? "",
        h2Slugs: (await render(g)).headings.filter((h) => h.depth === 2).map((h) => h.slug),
      })),
    );
    return siteFiles({
      guides: guideInputs,
      cases: cases.map((c) => ({ id: c.id, data: c.data, body: c.body ?? "" })),
      glossary: glossary.map((t) => ({
        id: t.id,
        term: t.data.term,
        abbreviation: t.data.abbreviation,
        definition: t.data.definition,
      })),
      instruments: instruments.map((i) => ({
        id: i.data.id,
        title: i.data.title,
        description: i.data.description,
        dimensions: i.data.dimensions,
      })),
      synonyms: synonyms.map((s) => s.data),
      pages: [
        {
          id: "dasar-hukum",
          title: t("legal.page.title"),
          description: t("legal.search.description"),
          url: routes.legalBasis,
          keywords: [...t("legal.search.keywords").split("|"), ...legalBasisKeywords(regulations)],
        },
      ],
    });
  })();
  return built;
}
