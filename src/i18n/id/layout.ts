// Every page's frame: skip link, header, navigation, breadcrumbs, footer, link previews.
export default {
  "layout.skipLink": "Langsung ke konten",
  "layout.titleSuffix": "{title} · SiapMitra",
  "layout.ogImageAlt": "SiapMitra — panduan dan penilaian kesiapan kemitraan instansi",
  "layout.nav.label": "Menu utama",
  "layout.nav.guides": "Panduan",
  "layout.nav.cases": "Studi kasus",
  "layout.nav.assessment": "Penilaian",
  "layout.nav.glossary": "Glosarium",
  "layout.nav.about": "Tentang",
  "layout.search": "Cari",
  "layout.darkMode": "Mode gelap",
  "layout.breadcrumbs.label": "Remah roti",
  "layout.breadcrumbs.home": "Beranda",
  "layout.footer.about":
    "membantu instansi pemerintah merencanakan, menjalankan, dan menilai program kemitraan dengan instansi terkait. Semua jawaban penilaian tetap di perangkat Anda.",
  "layout.footer.aboutLink": "Tentang dan privasi",
  "layout.footer.accessibility": "Aksesibilitas",
  "layout.footer.report": "Laporkan kesalahan",
  "layout.footer.glossary": "Glosarium",
} as const;
