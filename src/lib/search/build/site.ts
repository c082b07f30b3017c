// Turns the site's content (already parsed, from Astro collections or straight from the files in tests) into
// the search index payload. Node only: it uses the dictionary stemmer.
import { partnerTypeLabel, schemeLabel, sectorLabel, statusLabel } from "../../../i18n/content";
import type { CaseData } from "../../content/schema/case";
import {
  caseRecord,
  guideRecords,
  termRecord,
  toolRecord,
  type GuideInput,
  type TermInput,
  type ToolInput,
} from "../records";
import { compileSynonyms } from "../synonyms";
import type { SearchRecord } from "../types";
import type { IndexPayload } from "../payload";
import { buildPayload } from "./payload";
import { shardIds, shardOf, type ShardId } from "../shards";
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
  /** The current question banks (the self-assessment tool). */
  instruments: readonly { id: string; title: string; description: string; dimensions: readonly { name: string }[] }[];
  synonyms: readonly { terms: readonly string[] }[];
  /** Reference pages outside the collections (e.g. /panduan/dasar-hukum/), indexed as tools. */
  pages?: readonly ToolInput[];
}

export function siteRecords(content: SiteContent): SearchRecord[] {
  const guides = content.guides.flatMap((g) => guideRecords(g, stem));
  const cases = content.cases.map(({ id, data, body }) =>
    caseRecord(
      {
        id,
        title: data.title,
        summary: data.summary,
        tags: data.tags,
        regions: data.regions,
        facts: [
          sectorLabel(data.sector),
          schemeLabel(data.scheme),
          statusLabel(data.status),
          ...data.partnerTypes.map(partnerTypeLabel),
          ...data.legalBasis,
          ...data.parties.flatMap((p) => [p.name, p.role]),
          ...data.timeline.map((t) => t.event),
          ...data.outcomes.map((o) => o.label),
        ],
        body,
      },
      stem,
    ),
  );
  const terms = content.glossary.map((t) => termRecord(t, stem));
  const tools = content.instruments.map((i) =>
    toolRecord(
      {
        id: `penilaian-${i.id}`,
        title: `Penilaian mandiri: ${i.title}`,
        description: i.description,
        url: "/penilaian/",
        keywords: ["penilaian mandiri", "kuesioner", ...i.dimensions.map((d) => d.name)],
      },
      stem,
    ),
  );
  const pages = (content.pages ?? []).map((p) => toolRecord(p, stem));
  return [...guides, ...tools, ...pages, ...cases, ...terms];
}

/** One payload per shard (see ../shards.ts). */
export function siteIndex(content: SiteContent): Record<ShardId, IndexPayload> {
  const records = siteRecords(content);
  const synonyms = compileSynonyms(content.synonyms);
  const out = {} as Record<ShardId, IndexPayload>;
  for (const id of shardIds)
    out[id] = buildPayload(
      records.filter((r) => shardOf(r.type) === id),
      synonyms,
    );
  return out;
}
