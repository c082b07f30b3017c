/** Kinds of result, in the order their groups are listed when scores tie. */
export const recordTypes = ["panduan", "alat", "kasus", "istilah"] as const;
export type RecordType = (typeof recordTypes)[number];

export const recordTypeLabels: Record<RecordType, string> = {
  panduan: "Panduan",
  alat: "Alat kerja",
  kasus: "Studi kasus",
  istilah: "Glosarium",
};

/** What a result needs to be shown: shipped as the index's `docs`. */
export interface SearchDoc {
  /** Stable id: "panduan:<guide>", "panduan:<guide>#<heading>", "kasus:<case>", "istilah:<term>", "alat:…". */
  id: string;
  type: RecordType;
  /** Site-absolute URL without the base path ("/panduan/x/#y"); the UI adds the base. */
  url: string;
  title: string;
  /** The page a section belongs to (guide title), shown before the section title. */
  parent?: string;
  /** At most 200 characters: the snippet source. */
  summary: string;
}

/** A record as indexed: the doc plus the fields only matching needs (they live in the prebuilt index only). */
export interface SearchRecord extends SearchDoc {
  headings: string[];
  tags: string[];
  /**
   * Distinct non-stop-word stems of all the record's text, in first-seen order, joined by spaces; stems that
   * already occur in the title, parent, headings, tags or summary are left out (fuse finds them there).
   */
  stems: string;
  /** Every stem of the record, also those left out of `stems` (build only: feeds the root list). */
  roots?: string[];
}
