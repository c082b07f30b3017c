// The case facets' names.
export default {
  "content.facet.sektor": "Sektor",
  "content.facet.mitra": "Jenis kemitraan",
  "content.facet.wilayah": "Wilayah",
  "content.facet.skema": "Skema",
  "content.facet.status": "Status",
} as const;
