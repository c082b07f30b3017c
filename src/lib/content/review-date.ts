// The date the site's content was last checked, shown in the footer. It is derived from the content itself (a
// guide's review date, a source's access date), so the footer never claims a check that the files do not record.

/** What an entry records about its checks: a review date, a list of sources, or a single source. */
export interface Reviewed {
  updated?: Date | undefined;
  sources?: readonly { accessed: Date }[] | undefined;
  source?: { accessed: Date } | undefined;
}

/** The newest review or source access date over all entries; undefined when none records one. */
export function lastReviewed(entries: Iterable<Reviewed>): Date | undefined {
  let newest: Date | undefined;
  const consider = (d: Date | undefined) => {
    if (d && !Number.isNaN(d.getTime()) && (!newest || d > newest)) newest = d;
  };
  for (const e of entries) {
    consider(e.updated);
    e.sources?.forEach((s) => consider(s.accessed));
    consider(e.source?.accessed);
  }
  return newest;
}
