// Case schemes.
export default {
  "content.scheme.kpbu": "KPBU",
  "content.scheme.kerja-sama-daerah": "Kerja sama daerah",
  "content.scheme.mou-pks": "MoU/PKS",
  "content.scheme.program-nasional": "Program nasional",
  "content.scheme.dana-padanan": "Dana padanan",
  "content.scheme.tjsl-csr": "TJSL/CSR",
  "content.scheme.usaha-kampus": "Usaha milik kampus",
} as const;
