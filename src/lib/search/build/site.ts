// Turns the site's content (already parsed, from Astro collections or straight from the files in tests) into
// the search index shards. Node only: it uses the dictionary stemmer.
import { partnerTypeLabel, schemeLabel, sectorLabel, statusLabel } from "../../../i18n/content";
import type { CaseData } from "../../content/schema/case";
import * as routes from "../../site/routes";
import {
  caseUnit,
  guideUnits,
  termUnit,
  toolUnit,
  type GuideInput,
  type IndexUnit,
  type TermInput,
  type ToolInput,
} from "../records";
import { compileSynonyms } from "../synonyms";
import type { IndexPayload } from "../payload";
import { analyseUnits, buildFiles, type ShardFiles } from "./index-builder";
import { inShard, shardIds, type ShardId } from "../shards";
import { stem } from "./stemmer";

type CaseFields = Pick<
  CaseData,
  "title" | "summary" | "sector" | "partnerTypes" | "regions" | "scheme" | "status" | "tags" | "legalBasis"
> & {
  parties: readonly { name: string; role: string }[];
  timeline: readonly { event: string }[];
  outcomes: readonly { label: string }[];
};

export interface SiteContent {
  guides: readonly GuideInput[];
  cases: readonly { id: string; data: CaseFields; body: string }[];
  glossary: readonly TermInput[];
  /** The current question banks (the self-assessment questionnaires, one page each). */
  instruments: readonly { id: string; title: string; description: string; dimensions: readonly { name: string }[] }[];
  synonyms: readonly { terms: readonly string[] }[];
  /** Reference pages outside the collections (e.g. /panduan/dasar-hukum/), indexed as tools. */
  pages?: readonly Omit<ToolInput, "type">[];
}

/** Every unit of the site: guides and tools, reference pages, cases, then glossary terms. */
export function siteUnits(content: SiteContent): IndexUnit[] {
  const guides = content.guides.flatMap(guideUnits);
  const tools = content.instruments.map((i) =>
    toolUnit({
      id: i.id,
      type: "penilaian",
      title: i.title,
      description: i.description,
      url: routes.questionnaire(i.id),
      keywords: ["penilaian mandiri", "kuesioner", ...i.dimensions.map((d) => d.name)],
    }),
  );
  const pages = (content.pages ?? []).map((p) => toolUnit({ ...p, type: "alat" }));
  const cases = content.cases.map(({ id, data, body }) =>
    caseUnit({
      id,
      title: data.title,
      summary: data.summary,
      keys: [
        ...data.tags,
        ...data.regions,
        sectorLabel(data.sector),
        schemeLabel(data.scheme),
        statusLabel(data.status),
        ...data.partnerTypes.map(partnerTypeLabel),
      ],
      facts: [
        ...data.legalBasis,
        ...data.parties.flatMap((p) => [p.name, p.role]),
        ...data.timeline.map((t) => t.event),
        ...data.outcomes.map((o) => o.label),
      ],
      body,
    }),
  );
  const terms = content.glossary.map(termUnit);
  return [...guides, ...tools, ...pages, ...cases, ...terms];
}

/** The files of every shard (see ../shards.ts), weighed against the whole site. */
export function siteFiles(content: SiteContent): Record<ShardId, ShardFiles> {
  const synonyms = compileSynonyms(content.synonyms);
  const analysed = analyseUnits(siteUnits(content), synonyms, stem);
  const out = {} as Record<ShardId, ShardFiles>;
  for (const id of shardIds)
    out[id] = buildFiles(
      analysed.filter((a) => inShard(id, a.unit.page.type)),
      synonyms,
    );
  return out;
}

/** The index file of every shard. */
export function siteIndex(content: SiteContent): Record<ShardId, IndexPayload> {
  const files = siteFiles(content);
  return Object.fromEntries(shardIds.map((id) => [id, files[id].index])) as Record<ShardId, IndexPayload>;
}
