// Builds the units of the search index from plain content data (no Astro imports: the index endpoint, the tests
// and the benchmark all feed it). A unit is what a result links to: a whole page, or one h2 section of a guide.
import { slugify } from "../content/text";
import { cleanInline, proseSentences, splitSentences } from "./prose";
import { mdxToText } from "./text";
import type { RecordType } from "./types";

/** Where a text sits in a unit; the index weighs a word by its field (see build/index-builder.ts). */
export type FieldName = "title" | "keys" | "heading" | "parent" | "body";

export interface PageInfo {
  id: string;
  type: RecordType;
  url: string;
  title: string;
  alias?: string | undefined;
}

export interface IndexUnit {
  page: PageInfo;
  /** Heading anchor of a section; "" for the page itself. */
  anchor: string;
  /** Section heading; "" for the page itself. */
  heading: string;
  fields: Partial<Record<FieldName, readonly string[]>>;
  /** Prose sentences in reading order, the page's own summary first: snippet candidates. */
  sentences: readonly string[];
}

export interface GuideInput {
  id: string;
  title: string;
  description: string;
  section: string;
  tags: readonly string[];
  /** MDX body without frontmatter. */
  body: string;
  /** Slugs of the h2 headings in order, as rendered (falls back to slugify of the text). */
  h2Slugs?: readonly string[];
}

export interface CaseInput {
  id: string;
  title: string;
  summary: string;
  /** Tags, regions, and the labels of sector, scheme, status and partner types: short words that name the case. */
  keys: readonly string[];
  /** Other text worth finding the case by: parties, timeline, outcomes, legal basis. */
  facts: readonly string[];
  body: string;
}

export interface TermInput {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  definition: string;
}

export interface ToolInput {
  id: string;
  type: RecordType;
  title: string;
  description: string;
  url: string;
  keywords: readonly string[];
}

/**
 * Sections that only point elsewhere or describe the site itself: they would match every query about steps,
 * maps or "cara", and send readers to a list of links instead of an answer.
 */
export const NAVIGATION_HEADINGS: ReadonlySet<string> = new Set([
  "langkah berikutnya",
  "peta situs",
  "cara memakai situs ini",
]);

interface Section {
  heading: string;
  body: string;
  /** Position among the body's h2 headings (navigation ones included), for the rendered slug. */
  index: number;
}

function splitSections(body: string): { intro: string; sections: Section[] } {
  const parts = body.split(/^##[ \t]+(.+)$/m);
  const sections: Section[] = [];
  for (let i = 1; i < parts.length; i += 2)
    sections.push({ heading: (parts[i] ?? "").trim(), body: parts[i + 1] ?? "", index: (i - 1) / 2 });
  return { intro: parts[0] ?? "", sections };
}

const h3s = (mdx: string) => [...mdx.matchAll(/^###[ \t]+(.+)$/gm)].map((m) => mdxToText(m[1] ?? ""));

/** A short summary written as prose (a description or a definition), as sentences. */
const summarySentences = (text: string) => splitSentences(cleanInline(text));

/** One unit for the guide page (title, description, intro) and one per h2 section, so a hit opens the heading. */
export function guideUnits(g: GuideInput): IndexUnit[] {
  const type: RecordType = g.section === "alat" ? "alat" : "panduan";
  const page: PageInfo = { id: `${type}:${g.id}`, type, url: `/panduan/${g.id}/`, title: g.title };
  const { intro, sections } = splitSections(g.body);
  const units: IndexUnit[] = [
    {
      page,
      anchor: "",
      heading: "",
      fields: { title: [g.title], keys: g.tags, body: [g.description, mdxToText(intro)] },
      sentences: [...summarySentences(g.description), ...proseSentences(intro)],
    },
  ];
  for (const s of sections) {
    const heading = mdxToText(s.heading);
    if (NAVIGATION_HEADINGS.has(heading.toLowerCase())) continue;
    units.push({
      page,
      anchor: g.h2Slugs?.[s.index] ?? slugify(heading),
      heading,
      // The guide's title counts a little in every section ("evaluasi berkala" also finds its sections).
      fields: { title: [heading], parent: [g.title], heading: h3s(s.body), body: [mdxToText(s.body)] },
      sentences: proseSentences(s.body),
    });
  }
  return units;
}

export function caseUnit(c: CaseInput): IndexUnit {
  return {
    page: { id: `kasus:${c.id}`, type: "kasus", url: `/studi-kasus/${c.id}/`, title: c.title },
    anchor: "",
    heading: "",
    fields: { title: [c.title], keys: c.keys, body: [c.summary, mdxToText(c.body), ...c.facts] },
    sentences: [...summarySentences(c.summary), ...proseSentences(c.body)],
  };
}

export function termUnit(t: TermInput): IndexUnit {
  return {
    page: { id: `istilah:${t.id}`, type: "istilah", url: `/glosarium/#${t.id}`, title: t.term, alias: t.abbreviation },
    anchor: "",
    heading: "",
    fields: { title: [t.term], keys: t.abbreviation ? [t.abbreviation] : [], body: [t.definition] },
    sentences: summarySentences(t.definition),
  };
}

export function toolUnit(t: ToolInput): IndexUnit {
  return {
    page: { id: `${t.type}:${t.id}`, type: t.type, url: t.url, title: t.title },
    anchor: "",
    heading: "",
    fields: { title: [t.title], keys: t.keywords, body: [t.description] },
    sentences: summarySentences(t.description),
  };
}
