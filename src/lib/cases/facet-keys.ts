// The facets of the case library, by their URL key. A module of its own so the explorer's island entry can name
// them (is there a view in the URL?) without pulling in the filtering code, which loads only when it wakes.
export const facetKeys = ["sektor", "mitra", "wilayah", "skema", "status"] as const;
export type FacetKey = (typeof facetKeys)[number];
