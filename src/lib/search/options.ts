import type { IFuseOptions } from "fuse.js";
import type { SearchRecord } from "./types";

/** Weighted keys: title > headings > tags/terms > stems > summary (fuse normalises the weights). */
export const searchKeys = [
  { name: "title", weight: 6 },
  { name: "parent", weight: 2.5 },
  { name: "headings", weight: 4 },
  { name: "tags", weight: 3 },
  { name: "stems", weight: 2 },
  { name: "summary", weight: 1 },
] as const satisfies readonly { name: keyof SearchRecord; weight: number }[];

export const searchKeyList = searchKeys.map((k) => ({ ...k }));

/**
 * One fuse search runs per query concept (see engine.ts) with an extended-search pattern built in query.ts.
 * `ignoreLocation` because a word may sit anywhere in a long field; threshold 0.2 allows one typo in a word of
 * 5–9 letters and two from 10 letters, and keeps 4-letter words exact; fieldNormWeight 0.5 so a match in a long
 * field (stems) still counts.
 */
export const fuseOptions: IFuseOptions<SearchRecord> = {
  keys: searchKeyList,
  ignoreLocation: true,
  threshold: 0.2,
  fieldNormWeight: 0.5,
  minMatchCharLength: 3,
  useExtendedSearch: true,
  includeScore: true,
  shouldSort: false,
};
