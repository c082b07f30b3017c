// Links a priority dimension to the bank's advice for its band and to case studies that teach about it.
import type { CaseRecord } from "../cases/facets";
import { LOCALE } from "../site/format";
import type { BandId, BankData } from "./types";

/** What the priorities read of a case (a record of /studi-kasus/data.json). */
export type CaseSummary = Pick<CaseRecord, "id" | "title" | "summary" | "partnerTypes" | "themes">;

export function recommendationFor(bank: BankData, dimension: string, band: BandId | null) {
  if (band === null) return undefined;
  return bank.recommendations.find((r) => r.dimension === dimension && r.band === band);
}

/** Cases themed on the dimension: the user's partner type first, then by title; at most `limit`. */
export function casesFor(
  cases: readonly CaseSummary[],
  dimension: string,
  partnerType: string,
  limit = 3,
): CaseSummary[] {
  const same = (c: CaseSummary) => (partnerType !== "" && c.partnerTypes.includes(partnerType) ? 0 : 1);
  return cases
    .filter((c) => c.themes.includes(dimension))
    .sort((a, b) => same(a) - same(b) || a.title.localeCompare(b.title, LOCALE))
    .slice(0, limit);
}
