// A case study's page (/studi-kasus/<id>/): section headings and table headers around the case's own content.
export default {
  "casePage.crumb": "Studi kasus",
  "casePage.parties.heading": "Para pihak dan perannya",
  "casePage.parties.party": "Pihak",
  "casePage.parties.role": "Peran",
  "casePage.timeline.heading": "Kronologi",
  "casePage.outcomes.heading": "Capaian dalam angka",
  "casePage.outcomes.measure": "Ukuran",
  "casePage.outcomes.value": "Nilai",
  "casePage.outcomes.year": "Tahun",
  "casePage.guides.heading": "Panduan yang diilustrasikan kasus ini",
} as const;
