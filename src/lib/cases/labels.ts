// Facet names and value labels, shared by the static pages and the explorer island.
import { partnerTypeLabels, schemeLabels, sectorLabels, statusLabels } from "../content/labels";
import type { FacetKey } from "./facets";

const tables: Record<FacetKey, Record<string, string>> = {
  sektor: sectorLabels,
  mitra: partnerTypeLabels,
  skema: schemeLabels,
  status: statusLabels,
  wilayah: {},
};

/** Indonesian label of a facet value (regions label themselves, see facetOptions). */
export function facetLabel(key: FacetKey, value: string): string {
  return tables[key][value] ?? value;
}

export const facetTitles: Record<FacetKey, string> = {
  sektor: "Sektor",
  mitra: "Jenis kemitraan",
  wilayah: "Wilayah",
  skema: "Skema",
  status: "Status",
};
