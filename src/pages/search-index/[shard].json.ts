// The site search index, one file per shard, fetched by the search dialog and /cari/ on first use (never
// passed as island props).
import type { APIRoute, GetStaticPaths } from "astro";
import { render } from "astro:content";
import { getCases, getCurrentInstruments, getGlossary, getGuides, getSynonyms } from "../../data/content";
import { getRegulations } from "../../data/regulations";
import { legalBasisKeywords } from "../../lib/content/regulations";
import { t } from "../../i18n/legal";
import * as routes from "../../lib/site/routes";
import { siteIndex } from "../../lib/search/build/site";
import { shardIds, type ShardId } from "../../lib/search/shards";
import type { IndexPayload } from "../../lib/search/payload";

let built: Promise<Record<ShardId, IndexPayload>> | undefined;

function buildIndex(): Promise<Record<ShardId, IndexPayload>> {
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
    return siteIndex({
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

export const getStaticPaths = (() => shardIds.map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shard = params["shard"] as ShardId;
  const payload = (await buildIndex())[shard];
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
