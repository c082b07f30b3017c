// Partnership kinds (the case facet and the assessment context).
export default {
  "content.partnerType.antar-instansi": "Antarinstansi",
  "content.partnerType.antar-daerah": "Antardaerah",
  "content.partnerType.pemerintah-swasta": "Pemerintah–swasta",
  "content.partnerType.pendidikan-industri": "Pendidikan–industri",
  "content.partnerType.riset": "Riset",
  "content.partnerType.masyarakat": "Masyarakat",
} as const;
