// Labels of the content enums, typed by the enums themselves: a new sector without a label is a type error.
import type { caseStatuses, partnerTypes, schemes, sectors } from "../lib/content/schema/case-enums";
import type { FacetKey } from "../lib/cases/facets";
import dict from "./id/content";
import { makeT } from "./make-t";

export const t = makeT(dict);

type Sector = (typeof sectors)[number];
type PartnerType = (typeof partnerTypes)[number];
type Scheme = (typeof schemes)[number];
type CaseStatus = (typeof caseStatuses)[number];

export const sectorLabel = (id: Sector): string => t(`content.sector.${id}`);
export const partnerTypeLabel = (id: PartnerType): string => t(`content.partnerType.${id}`);
export const schemeLabel = (id: Scheme): string => t(`content.scheme.${id}`);
export const statusLabel = (id: CaseStatus): string => t(`content.status.${id}`);
export const facetTitle = (key: FacetKey): string => t(`content.facet.${key}`);

const byFacet: Record<FacetKey, string> = {
  sektor: "content.sector.",
  mitra: "content.partnerType.",
  skema: "content.scheme.",
  status: "content.status.",
  wilayah: "",
};

/** Label of a facet value (or a stored id that may not be ours); regions label themselves; unknown shows as is. */
export function facetLabel(key: FacetKey, value: string): string {
  const prefix = byFacet[key];
  const k = `${prefix}${value}`;
  return prefix !== "" && Object.hasOwn(dict, k) ? t(k as keyof typeof dict) : value;
}
