// Labels of the content enums (case facets) shown on pages, in the explorer and in reports: one module per enum, so
// a bundle carries only the tables it shows.
import facets from "./content/facets";
import partnerTypeLabels from "./content/partner-types";
import schemeLabels from "./content/schemes";
import sectorLabels from "./content/sectors";
import statusLabels from "./content/statuses";

export { facets, partnerTypeLabels, schemeLabels, sectorLabels, statusLabels };
export default { ...sectorLabels, ...partnerTypeLabels, ...schemeLabels, ...statusLabels, ...facets } as const;
