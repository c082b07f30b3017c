// Site search: the header dialog and the /cari/ results (default export), the /cari/ page and its no-JavaScript
// fallback (searchPage).
export default {
  // Box and dialog
  "search.dialog.title": "Cari di SiapMitra",
  "search.close": "Tutup",
  "search.closeKey": "Esc",
  "search.label": "Kata kunci",
  "search.submit": "Cari",
  "search.help": "Panah atas/bawah untuk memilih hasil, Enter untuk membuka, Esc untuk menutup.",
  "search.openPage": "Lihat semua {count} hasil di halaman pencarian",

  // Status line (announced to screen readers)
  "search.status.loading": "Memuat indeks pencarian…",
  "search.status.spelling": "Mencari ejaan yang mirip…",
  "search.status.error": "Indeks pencarian tidak dapat dimuat. Periksa koneksi lalu coba lagi.",
  "search.status.none": "Tidak ada hasil untuk “{q}”.",
  "search.status.count": "{count} hasil untuk “{q}”.",
  "search.status.countOfType": "{shown} dari {count} hasil untuk “{q}”: {type}.",
  "search.status.partial": "Tidak ada halaman yang memuat semua kata; yang paling mendekati ditampilkan lebih dulu.",
  "search.count.capped": "{limit}+",

  // Type filters and labels
  "search.filter.legend": "Jenis halaman",
  "search.filter.all": "Semua",
  "search.filter.option": "{label} ({count})",
  "search.type.panduan": "Panduan",
  "search.type.kasus": "Studi kasus",
  "search.type.istilah": "Istilah",
  "search.type.alat": "Alat kerja",
  "search.type.penilaian": "Penilaian mandiri",

  // A row
  "search.results.label": "Hasil pencarian",
  "search.result.section": "{page} › {section}",
  "search.result.alias": "{term} ({alias})",
  "search.result.more": "Bagian lain:",
  "search.result.showMore": "Tampilkan {count} hasil berikutnya",

  // No results
  "search.empty.suggest": "Mungkin maksud Anda:",
  "search.empty.hintPage":
    "Coba kata lain yang lebih umum atau periksa ejaannya. Anda juga dapat menelusuri isi situs melalui daftar di bawah.",
  "search.empty.hintDialog": "Coba kata lain yang lebih umum atau periksa ejaannya.",
  "search.empty.browse": "Telusuri daftar isi situs",
} as const;

/**
 * Strings of the /cari/ page itself (rendered at build time): a separate export, so the search islands, which
 * import only the default one, do not carry them.
 */
export const searchPage = {
  "search.page.title": "Cari",
  "search.page.description":
    "Cari panduan, studi kasus, istilah, alat kerja, dan penilaian mandiri kemitraan di SiapMitra.",
  "search.page.intro":
    "Cari panduan, studi kasus, istilah glosarium, alat kerja, dan penilaian mandiri dalam satu daftar, yang paling sesuai lebih dulu. Pencarian mengenali imbuhan (bermitra, kemitraan), singkatan (KPBU, MoU, PKS), istilah Inggris (PPP, stakeholder mapping), dan pertanyaan biasa (apa arti wanprestasi).",
  "search.page.nojsTitle": "Pencarian memerlukan JavaScript.",
  "search.page.nojs":
    "Bila kotak pencarian tidak muncul, aktifkan JavaScript di peramban Anda. Tanpa JavaScript, buka daftar semua halaman di bawah lalu cari kata Anda dengan fitur cari di peramban (Ctrl+F atau “Cari di halaman”).",
  "search.page.browse": "Telusuri isi situs",
  "search.page.browseGuides": "Panduan: {title}",
  "search.page.browseCases": "Daftar studi kasus",
  "search.page.browseGlossary": "Glosarium",
  "search.page.browseAssessment": "Penilaian mandiri",
  "search.page.allPages": "Daftar semua halaman ({count})",
} as const;
