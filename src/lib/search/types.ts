import * as routes from "../site/routes";

/**
 * Kinds of page the search finds, in the order of the type filters (after "Semua"). The kind is a label and a
 * filter, never the order of the results: one ranked list holds them all.
 */
export const recordTypes = ["panduan", "kasus", "istilah", "alat", "penilaian"] as const;
export type RecordType = (typeof recordTypes)[number];

/** One page as the results show it (one row per page). */
export interface SearchDoc {
  /** Stable id "<type>:<slug>": "panduan:apa-itu-kemitraan", "kasus:palapa-ring", "istilah:kpbu". */
  id: string;
  type: RecordType;
  /** Site-absolute URL without the base path ("/panduan/x/"); the UI adds the base. */
  url: string;
  title: string;
  /** Glossary entries: the spelled-out abbreviation ("Kerja Sama Pemerintah dengan Badan Usaha"). */
  alias?: string | undefined;
}

/** A part of a page that a result can link to: the page itself, or one h2 section of a guide. */
export interface SearchUnit {
  /** "<page id>" or "<page id>#<heading slug>". */
  id: string;
  /** Index of the page in the engine's page list. */
  page: number;
  url: string;
  /** The section heading; "" for the page itself. */
  heading: string;
  /** Prose sentences a snippet is taken from (never tables, checkboxes or Markdown); empty until they arrive. */
  sentences: readonly string[];
}

/** The URL of a page from its id (the index ships ids only; the route table decides where pages live). */
export function pageUrl(id: string): string | undefined {
  const type = typeOfId(id);
  const slug = id.slice(id.indexOf(":") + 1);
  if (!type || !/^[a-z0-9-]+$/.test(slug)) return undefined;
  if (type === "kasus") return routes.caseStudy(slug);
  if (type === "istilah") return routes.term(slug);
  if (type === "penilaian") return routes.questionnaire(slug);
  return routes.guide(slug);
}

/** The type of a page id ("kasus:x" → "kasus"), or undefined when the prefix is not a known type. */
export function typeOfId(id: string): RecordType | undefined {
  const prefix = id.slice(0, id.indexOf(":"));
  return (recordTypes as readonly string[]).includes(prefix) ? (prefix as RecordType) : undefined;
}
