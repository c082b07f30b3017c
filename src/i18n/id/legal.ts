// Words of legal citations: status notes after a cited regulation, source-list labels, and /panduan/dasar-hukum/.
export default {
  "legal.topic.kpbu": "Kerja sama pemerintah dengan badan usaha (KPBU)",
  "legal.topic.kerja-sama-daerah": "Kerja sama daerah",
  "legal.topic.data": "Data dan kependudukan",
  "legal.topic.pelayanan-publik": "Pelayanan publik",
  "legal.topic.vokasi-pendidikan": "Vokasi dan pendidikan",
  "legal.topic.sosial-lingkungan": "Sosial, kesehatan, dan lingkungan",
  "legal.topic.tata-naskah-dinas": "Tata naskah dinas",

  "legal.status.berlaku": "Berlaku",
  "legal.status.diubah": "Berlaku dengan perubahan",
  "legal.status.dicabut": "Dicabut",

  // Status notes, e.g. "(telah diubah dengan Permendagri 17/2023)".
  "legal.note.amendedBy": "telah diubah dengan",
  "legal.note.revokedSince": "tidak berlaku lagi sejak {date}",
  "legal.note.revoked": "tidak berlaku lagi",
  "legal.note.revokedBy": "dicabut dengan",
  "legal.note.thenRevokedBy": "yang kemudian juga dicabut dengan",
  "legal.note.and": "dan",
  "legal.titleUnconfirmed": "judul belum terkonfirmasi",
  "legal.unofficialCopy": "Salinan tidak resmi",

  // /panduan/dasar-hukum/
  "legal.page.title": "Dasar hukum kemitraan",
  "legal.page.description":
    "Peraturan yang dikutip di SiapMitra menurut topik: kutipan lengkap, status berlaku, naskah, tanggal pemeriksaan, dan halaman yang mengutipnya.",
  "legal.page.crumbGuides": "Panduan",
  "legal.page.crumb": "Dasar hukum",
  "legal.page.intro":
    "Semua kutipan peraturan di panduan dan studi kasus SiapMitra diambil dari daftar ini, sehingga judul, status, dan tautannya sama di setiap halaman.",
  "legal.page.counts":
    "Daftar ini memuat {total} peraturan. Untuk {official} peraturan tersedia tautan ke salinan resmi, untuk {copies} peraturan hanya salinan tidak resmi di situs lain, dan untuk {none} peraturan naskahnya belum ditemukan.",
  "legal.page.beforeCiting": "Sebelum mengutip dalam nota dinas",
  "legal.page.checkOfficial":
    "Salin kutipan lengkapnya, lalu cocokkan judul dan statusnya dengan naskah pada JDIH instansi penerbit, peraturan.go.id, atau peraturan.bpk.go.id.",
  "legal.page.unofficialMeaning":
    "Salinan tidak resmi berarti naskah dibaca di situs pihak lain, bukan di situs pemerintah. Gunakan untuk membaca, bukan sebagai rujukan resmi.",
  "legal.page.statusMeaning":
    "Status berlaku berarti tidak ditemukan perubahan atau pencabutan dalam bahan yang diperiksa pada tanggal pemeriksaan. Status ini bukan pernyataan resmi.",
  "legal.page.notesMeaning":
    "Peraturan yang diubah atau dicabut diberi catatan di setiap halaman yang mengutipnya. Judul yang belum dapat dicocokkan dengan naskahnya ditandai “judul belum terkonfirmasi”.",
  "legal.page.topics": "Topik",
  "legal.page.fullForm": "Kutipan lengkap",
  "legal.page.status": "Status",
  "legal.page.titleLabel": "Judul",
  "legal.page.titleUnconfirmed": "Belum terkonfirmasi.",
  "legal.page.titleConfirmed": "Terkonfirmasi.",
  "legal.page.titleMissing": "Judul tidak ditemukan; kutip dengan nomor dan tahunnya saja.",
  "legal.page.text": "Naskah",
  "legal.page.officialCopy": "Salinan resmi",
  "legal.page.noText": "Naskah belum ditemukan.",
  "legal.page.checked": "Diperiksa",
  "legal.page.citedOn": "Dikutip di",
  "legal.page.notCited": "Belum dikutip halaman mana pun.",
  "legal.page.sectionBlurb":
    "Peraturan yang dikutip di panduan dan studi kasus, dikelompokkan menurut topik, dengan kutipan lengkap, status berlaku, dan tautan ke naskahnya.",

  // The page's search record.
  "legal.search.description":
    "Daftar peraturan yang dikutip di situs ini menurut topik, dengan kutipan lengkap, status berlaku, naskah, dan tanggal pemeriksaan.",
  "legal.search.keywords": "dasar hukum|peraturan|regulasi|landasan hukum",
} as const;
