// The case facets' values, kept apart from the zod schema so islands can import them without zod.
export const sectors = [
  "air-minum",
  "telekomunikasi",
  "transportasi",
  "persampahan",
  "energi",
  "kesehatan",
  "pelayanan-publik",
  "data-informasi",
  "pendidikan-vokasi",
  "pendidikan-tinggi",
  "riset-inovasi",
  "sosial",
  "lingkungan",
  "perumahan",
] as const;
export const partnerTypes = [
  "antar-instansi",
  "antar-daerah",
  "pemerintah-swasta",
  "pendidikan-industri",
  "riset",
  "masyarakat",
] as const;
export const schemes = [
  "kpbu",
  "kerja-sama-daerah",
  "mou-pks",
  "program-nasional",
  "dana-padanan",
  "tjsl-csr",
  "usaha-kampus",
] as const;
export const caseStatuses = ["berjalan", "selesai", "dihentikan"] as const;
