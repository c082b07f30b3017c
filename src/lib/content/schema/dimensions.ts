/** The eight assessment dimensions, shared by the question banks and the case themes. */
export const dimensionIds = [
  "kebutuhan",
  "keselarasan",
  "perencanaan",
  "tata-kelola",
  "komunikasi",
  "sumber-daya",
  "evaluasi",
  "keberlanjutan",
] as const;
export type DimensionId = (typeof dimensionIds)[number];
