// Labels of the content enums, typed by the enums themselves: a new sector without a label is a type error. Each
// label function reads only its own table, so a page or island that shows one kind of label carries only that.
import type { caseStatuses, schemes, sectors } from "../lib/content/schema/case-enums";
import type { FacetKey } from "../lib/cases/facets";
import facets from "./id/content/facets";
import partnerTypeLabels from "./id/content/partner-types";
import schemeLabels from "./id/content/schemes";
import sectorLabels from "./id/content/sectors";
import statusLabels from "./id/content/statuses";

type Sector = (typeof sectors)[number];
type Scheme = (typeof schemes)[number];
type CaseStatus = (typeof caseStatuses)[number];

export const sectorLabel = (id: Sector): string => sectorLabels[`content.sector.${id}`];
export { partnerTypeLabel } from "./partner-type";
export const schemeLabel = (id: Scheme): string => schemeLabels[`content.scheme.${id}`];
export const statusLabel = (id: CaseStatus): string => statusLabels[`content.status.${id}`];
export const facetTitle = (key: FacetKey): string => facets[`content.facet.${key}`];

const byFacet: Record<FacetKey, [string, Readonly<Record<string, string>>] | undefined> = {
  sektor: ["content.sector.", sectorLabels],
  mitra: ["content.partnerType.", partnerTypeLabels],
  skema: ["content.scheme.", schemeLabels],
  status: ["content.status.", statusLabels],
  wilayah: undefined,
};

/** Label of a facet value (or a stored id that may not be ours); regions label themselves; unknown shows as is. */
export function facetLabel(key: FacetKey, value: string): string {
  const table = byFacet[key];
  const k = table ? `${table[0]}${value}` : "";
  return table && Object.hasOwn(table[1], k) ? table[1][k]! : value;
}
