import type { Case } from "./content";
import type { CaseRecord } from "../lib/cases/facets";

export { facetLabel, facetTitle } from "../i18n/content";

export function toCaseRecord(c: Case): CaseRecord {
  const d = c.data;
  return {
    id: c.id,
    title: d.title,
    summary: d.summary,
    sector: d.sector,
    partnerTypes: d.partnerTypes,
    regions: d.regions,
    scheme: d.scheme,
    status: d.status,
    start: d.years.start,
    end: d.years.end,
    themes: d.themes,
    tags: d.tags,
  };
}
