// The case studies area: the explorer at /studi-kasus/ (static list and island), its facet pages and the
// distribution charts. Labels of the facet values themselves live in the content area.
export default {
  // The page /studi-kasus/
  "cases.page.title": "Studi kasus kemitraan",
  "cases.page.description":
    "Kemitraan nyata di Indonesia, bersumber: KPBU, kerja sama daerah, integrasi layanan publik, pendidikan–industri, riset, kesehatan, dan sosial.",
  "cases.page.crumb": "Studi kasus",
  "cases.page.intro":
    "{n} kemitraan nyata di Indonesia, masing-masing dengan para pihak, kronologi, capaian, tantangan, pelajaran, dan sumbernya. Saring menurut sektor, jenis kemitraan, wilayah, skema, status, atau tahun, dan cari dengan kata kunci.",
  "cases.page.rssTitle": "Studi kasus SiapMitra (RSS)",
  "cases.page.rssLink": "Ikuti studi kasus baru melalui RSS",

  // A facet page, e.g. /studi-kasus/sektor/persampahan/
  "cases.facetPage.title": "Studi kasus — {facet}: {value}",
  "cases.facetPage.description": "{n} studi kasus kemitraan di Indonesia dengan {facet} {value}.",
  "cases.facetPage.heading": "{facet}: {value}",
  "cases.facetPage.count": "{n} studi kasus.",
  "cases.facetPage.all": "Lihat semua studi kasus",

  // A case page
  "cases.case.factsHeading": "Fakta singkat",
  "cases.case.period": "Periode",
  "cases.case.periodRunning": "{start}–sekarang",
  "cases.case.legalBasis": "Dasar hukum",
  "cases.case.partiesHeading": "Para pihak dan perannya",
  "cases.case.party": "Pihak",
  "cases.case.role": "Peran",
  "cases.case.timelineHeading": "Kronologi",
  "cases.case.outcomesHeading": "Capaian dalam angka",
  "cases.case.measure": "Ukuran",
  "cases.case.value": "Nilai",
  "cases.case.year": "Tahun",
  "cases.case.guidesHeading": "Panduan yang diilustrasikan kasus ini",
  "cases.card.traits": "Ciri kasus",

  // The RSS feed of the case studies
  "cases.rss.title": "Studi kasus kemitraan · SiapMitra",
  "cases.rss.description": "Kemitraan nyata di Indonesia, bersumber: para pihak, capaian, tantangan, dan pelajarannya.",

  // A case's period: "2016–2021", or "2019–kini" while it runs
  "cases.years.closed": "{start}–{end}",
  "cases.years.running": "{start}–kini",

  // The count above the list, also announced to screen readers
  "cases.result.all": "Menampilkan semua {total} studi kasus.",
  "cases.result.some": "Menampilkan {shown} dari {total} studi kasus.",
  "cases.result.someFor": "Menampilkan {shown} dari {total} studi kasus untuk “{q}”.",
  "cases.result.none": "Tidak ada studi kasus yang cocok.",
  "cases.result.noneFor": "Tidak ada studi kasus yang cocok untuk “{q}”.",
  "cases.result.preparing": "Menyiapkan pencarian teks…",
  "cases.result.searchFailed": "Pencarian teks tidak dapat dimuat; hasil di bawah hanya memakai penyaring. {status}",

  // The explorer's controls
  "cases.search.siteLabel": "Cari di seluruh situs",
  "cases.search.siteHint": "Membuka pencarian situs.",
  "cases.search.siteButton": "Cari",
  "cases.search.label": "Cari di studi kasus",
  "cases.search.hint": "Bentuk berimbuhan juga dikenali.",
  "cases.sort.label": "Urutkan",
  "cases.sort.terbaru": "Terbaru",
  "cases.sort.judul": "Judul (A–Z)",
  "cases.sort.relevan": "Paling cocok",
  "cases.list.heading": "Daftar studi kasus",
  "cases.reset": "Atur ulang filter",
  "cases.empty": "Coba hapus sebagian pilihan atau gunakan kata lain.",
  "cases.loadFailed":
    "Penyaring interaktif tidak dapat dimuat. Daftar lengkap dan tautan penelusuran di bawah tetap dapat dipakai.",

  // Facets: static links (without JavaScript) and the island's checkboxes
  "cases.facets.all": "Saring",
  "cases.facets.browse": "Telusuri studi kasus",
  "cases.facets.filter": "Saring studi kasus",
  "cases.facets.picked": " · {n} dipilih",
  "cases.facets.close": "Tutup",
  "cases.years.title": "Tahun",
  "cases.years.legend": "Rentang tahun berlangsungnya kemitraan",
  "cases.years.from": "Dari",
  "cases.years.to": "Sampai",
  "cases.years.any": "Semua",
  "cases.years.hint": "Kasus yang berlangsung, setidaknya sebagian, dalam rentang ini.",
  "cases.years.staticHint":
    "Kemitraan dalam daftar ini dimulai antara tahun {min} dan {max}. Periode setiap kasus tertera pada kartunya; penyaringan menurut tahun memerlukan JavaScript.",

  // Distribution charts under the list
  "cases.dist.heading": "Sebaran studi kasus",
  "cases.dist.caption": "Jumlah studi kasus per {facet}",
  "cases.dist.table": "Tabel data: studi kasus per {facet}",
  "cases.dist.count": "Jumlah kasus",
  "cases.dist.summary":
    "{n} studi kasus tersebar di {sectors} sektor; terbanyak {topSectors}. Jenis kemitraan yang paling sering muncul: {topPartners}. Satu kasus dapat melibatkan lebih dari satu jenis kemitraan, sehingga jumlah per jenis kemitraan melebihi jumlah kasus.",
  "cases.dist.leader": "{names} ({n} kasus)",
  "cases.dist.leaders": "{names} (masing-masing {n} kasus)",
  "cases.dist.and": "{list} dan {last}",
} as const;
