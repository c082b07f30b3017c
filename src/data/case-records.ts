import type { Case } from "./content";
import type { CaseRecord } from "../lib/cases/facets";
import { partnerTypeLabels, schemeLabels, sectorLabels, statusLabels } from "../lib/content/labels";
import type { FacetKey } from "../lib/cases/facets";

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
  };
}

/** Indonesian label of a facet value (regions label themselves). */
export function facetLabel(key: FacetKey, value: string): string {
  const tables: Record<FacetKey, Record<string, string>> = {
    sektor: sectorLabels,
    mitra: partnerTypeLabels,
    skema: schemeLabels,
    status: statusLabels,
    wilayah: {},
  };
  return tables[key][value] ?? value;
}

export const facetTitles: Record<FacetKey, string> = {
  sektor: "Sektor",
  mitra: "Jenis kemitraan",
  wilayah: "Wilayah",
  skema: "Skema",
  status: "Status",
};
