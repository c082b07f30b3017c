// Builds search records from plain content data (no Astro imports: the index endpoint, the tests and the
// benchmark all feed it).
import { slugify } from "../content/text";
import { normalize } from "./normalize";
import { clip, mdxToText, stemsOf } from "./text";
import type { RecordType, SearchRecord } from "./types";

type Stem = (word: string) => string;

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
  tags: readonly string[];
  regions: readonly string[];
  /** Other words worth finding the case by: sector and scheme labels, parties, timeline, outcomes. */
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
  title: string;
  description: string;
  url: string;
  keywords: readonly string[];
}

/** Sections that only point elsewhere ("Langkah berikutnya") would match every query about steps. */
const NAVIGATION_HEADINGS = new Set(["langkah berikutnya"]);

interface Section {
  heading: string;
  body: string;
}

function splitSections(body: string): { intro: string; sections: Section[] } {
  const parts = body.split(/^##[ \t]+(.+)$/m);
  const sections: Section[] = [];
  for (let i = 1; i < parts.length; i += 2)
    sections.push({ heading: (parts[i] ?? "").trim(), body: parts[i + 1] ?? "" });
  return { intro: parts[0] ?? "", sections };
}

function record(
  base: Omit<SearchRecord, "stems" | "headings" | "tags"> & { headings?: string[]; tags?: string[] },
  texts: readonly string[],
  stem: Stem,
): SearchRecord {
  const { headings = [], tags = [], ...doc } = base;
  // A stem already visible in another key is found there by fuse (as a substring), so it is not repeated:
  // this keeps the shipped index about a fifth smaller.
  const shown = normalize([doc.title, doc.parent ?? "", ...headings, ...tags, doc.summary].join(" "));
  const all = stemsOf([doc.title, ...headings, ...tags, ...texts], stem);
  return { ...doc, headings, tags, stems: all.filter((s) => !shown.includes(s)).join(" "), roots: all };
}

/** One record for the guide page and one per h2 section, so a hit opens the right heading. */
export function guideRecords(g: GuideInput, stem: Stem): SearchRecord[] {
  const type: RecordType = g.section === "alat" ? "alat" : "panduan";
  const { intro, sections } = splitSections(g.body);
  const h3 = (text: string) => [...text.matchAll(/^###[ \t]+(.+)$/gm)].map((m) => mdxToText(m[1] ?? ""));
  const out: SearchRecord[] = [
    record(
      {
        id: `${type}:${g.id}`,
        type,
        url: `/panduan/${g.id}/`,
        title: g.title,
        summary: clip(g.description),
        headings: sections.map((s) => mdxToText(s.heading)).filter((h) => !NAVIGATION_HEADINGS.has(h.toLowerCase())),
        tags: [...g.tags],
      },
      [g.description, mdxToText(intro)],
      stem,
    ),
  ];
  sections.forEach((s, i) => {
    const heading = mdxToText(s.heading);
    if (NAVIGATION_HEADINGS.has(heading.toLowerCase())) return;
    const slug = g.h2Slugs?.[i] ?? slugify(heading);
    const text = mdxToText(s.body);
    out.push(
      record(
        {
          id: `${type}:${g.id}#${slug}`,
          type,
          url: `/panduan/${g.id}/#${slug}`,
          title: heading,
          parent: g.title,
          summary: clip(text),
          headings: h3(s.body),
        },
        [text],
        stem,
      ),
    );
  });
  return out;
}

export function caseRecord(c: CaseInput, stem: Stem): SearchRecord {
  return record(
    {
      id: `kasus:${c.id}`,
      type: "kasus",
      url: `/studi-kasus/${c.id}/`,
      title: c.title,
      summary: clip(c.summary),
      tags: [...c.tags, ...c.regions],
    },
    [c.summary, ...c.facts, mdxToText(c.body)],
    stem,
  );
}

export function termRecord(t: TermInput, stem: Stem): SearchRecord {
  return record(
    {
      id: `istilah:${t.id}`,
      type: "istilah",
      url: `/glosarium/#${t.id}`,
      title: t.term,
      summary: clip(t.definition),
      tags: t.abbreviation ? [t.abbreviation] : [],
    },
    [t.definition],
    stem,
  );
}

export function toolRecord(t: ToolInput, stem: Stem): SearchRecord {
  return record(
    {
      id: `alat:${t.id}`,
      type: "alat",
      url: t.url,
      title: t.title,
      summary: clip(t.description),
      tags: [...t.keywords],
    },
    [t.description],
    stem,
  );
}
