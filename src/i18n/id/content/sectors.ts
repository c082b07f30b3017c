// Case sectors.
export default {
  "content.sector.air-minum": "Air minum",
  "content.sector.telekomunikasi": "Telekomunikasi",
  "content.sector.transportasi": "Transportasi",
  "content.sector.persampahan": "Persampahan",
  "content.sector.energi": "Energi dan penerangan",
  "content.sector.kesehatan": "Kesehatan",
  "content.sector.pelayanan-publik": "Pelayanan publik",
  "content.sector.data-informasi": "Data dan informasi",
  "content.sector.pendidikan-vokasi": "Pendidikan vokasi",
  "content.sector.pendidikan-tinggi": "Pendidikan tinggi",
  "content.sector.riset-inovasi": "Riset dan inovasi",
  "content.sector.sosial": "Sosial",
  "content.sector.lingkungan": "Lingkungan",
  "content.sector.perumahan": "Perumahan",
} as const;
