// Daftar kemitraan (/penilaian/daftar/), the part the page needs when it opens: labels, export texts, the table,
// its filters and flags, and storage problems. The parts that load on demand (form, CSV import, picker of
// assessments, restore of a backup) have their words, and the importer's problem texts, in register-tools.ts, so
// the page's first load does not carry them. Every problem code src/lib/register returns ("register.<code>") has
// its text in one of the two.
export default {
  // Field labels: table and form headings, and the header row of the CSV export (the import reads them back).
  "register.column.name": "Nama kemitraan",
  "register.column.partners": "Mitra",
  "register.column.partnerTypes": "Jenis mitra",
  "register.column.instrument": "Instrumen",
  "register.column.number": "Nomor",
  "register.column.signedOn": "Tanggal penandatanganan",
  "register.column.endsOn": "Tanggal berakhir",
  "register.column.personInCharge": "Penanggung jawab",
  "register.column.status": "Status",
  "register.column.reviewOn": "Peninjauan berikutnya",
  "register.column.note": "Catatan",

  // Values.
  "register.instrument.mou": "MoU",
  "register.instrument.pks": "PKS",
  "register.instrument.lainnya": "Lainnya",
  "register.status.aktif": "Aktif",
  "register.status.dalam-perpanjangan": "Dalam perpanjangan",
  "register.status.berakhir": "Berakhir",
  "register.status.dihentikan": "Dihentikan",
  "register.partnerType.lainnya": "Lainnya",
  "register.trend.up": "Membaik",
  "register.trend.down": "Menurun",
  "register.trend.same": "Tetap",
  "register.trend.single": "Baru satu penilaian",
  "register.trend.none": "Belum ada kategori",

  // Calendar export (.ics).
  "register.ics.calendarName": "Daftar kemitraan (SiapMitra)",
  "register.ics.endSummary": "Berakhir: {name}",
  "register.ics.reviewSummary": "Peninjauan: {name}",
  "register.ics.endAlarm": "{name} berakhir pada {date}.",
  "register.ics.reviewAlarm": "Peninjauan {name} dijadwalkan pada {date}.",
  "register.ics.descPartners": "Mitra: {value}",
  "register.ics.descInstrument": "Instrumen: {value}",
  "register.ics.descNumber": "Nomor: {value}",
  "register.ics.descSignedOn": "Ditandatangani: {value}",
  "register.ics.descEndsOn": "Berakhir: {value}",
  "register.ics.descPersonInCharge": "Penanggung jawab: {value}",
  "register.ics.descStatus": "Status: {value}",
  "register.ics.descFooter": "Dibuat dari daftar kemitraan SiapMitra di perangkat Anda.",

  // Storage and backup.
  "register.storage.unavailable":
    "Penyimpanan di peramban ini tidak dapat dipakai (mungkin diblokir atau mode privat), jadi daftar belum tersimpan.",
  "register.storage.full":
    "Penyimpanan peramban penuh, jadi perubahan terakhir belum tersimpan. Unduh cadangan JSON, lalu kosongkan ruang.",
  "register.storage.invalid": "Data kemitraan ini belum lengkap atau tidak valid, jadi tidak disimpan.",
  "register.storage.notFound": "Data kemitraan ini tidak ditemukan lagi di perangkat ini.",
  "register.storage.keptAside":
    "{count} data kemitraan tidak dapat dibaca; datanya disimpan terpisah di perangkat ini, tidak dihapus.",

  // The island: loading, parts loaded on demand.
  "register.app.loading": "Memuat daftar kemitraan…",
  "register.app.partLoading": "Memuat…",
  "register.app.partFailed":
    "Bagian ini tidak dapat dimuat. Periksa sambungan internet, lalu muat ulang halaman. Data daftar Anda tidak berubah.",
  "register.cancel": "Batal",

  // The figures at the top.
  "register.counts.title": "Ringkasan",
  "register.counts.total": "kemitraan tercatat",
  "register.counts.within30": "berakhir dalam 30 hari",
  "register.counts.within90": "berakhir dalam 90 hari",
  "register.counts.reviewsOverdue": "peninjauan terlambat",
  "register.counts.lapsed": "lewat tanggal berakhir, status belum diperbarui",

  // Adding partnerships.
  "register.add.title": "Tambah kemitraan",
  "register.add.byHand": "Isi formulir",
  "register.add.fromAssessment": "Buat dari penilaian",
  "register.add.import": "Impor dari CSV",

  // The list, its filters and its table.
  "register.list.title": "Kemitraan ({n})",
  "register.list.empty":
    "Belum ada kemitraan di daftar ini. Tambahkan dengan formulir, buat dari hasil penilaian, atau impor daftar yang sudah Anda miliki dalam bentuk CSV.",
  "register.filter.status": "Status",
  "register.filter.partnerType": "Jenis mitra",
  "register.filter.allTypes": "Semua jenis mitra",
  "register.filter.dates": "Tanggal",
  "register.filter.endingSoon": "Berakhir dalam 90 hari",
  "register.filter.reviewOverdue": "Peninjauan terlambat",
  "register.filter.showingAll": "Menampilkan semua {total} kemitraan.",
  "register.filter.showing": "Menampilkan {shown} dari {total} kemitraan.",
  "register.filter.clear": "Hapus saringan",
  "register.filter.none": "Tidak ada kemitraan yang sesuai dengan saringan ini.",
  "register.table.caption": "Kemitraan menurut tanggal berakhir terdekat ({shown} dari {total})",
  "register.table.partial": "Tabel memuat {rows} kemitraan pertama dari {shown} yang sesuai dengan saringan.",
  "register.table.more": "Tampilkan {n} berikutnya",
  "register.table.all": "Tampilkan semua ({n})",
  "register.column.latest": "Penilaian terakhir",
  "register.column.actions": "Tindakan",
  "register.flag.endsIn": "{n} hari lagi",
  "register.flag.endsToday": "Berakhir hari ini",
  "register.flag.lapsed": "Lewat {n} hari dari tanggal berakhir; perbarui status",
  "register.flag.reviewOverdue": "Peninjauan terlambat",
  "register.band.kekuatan": "Kekuatan",
  "register.band.perlu-dibahas": "Perlu dibahas",
  "register.band.perlu-perhatian": "Perlu perhatian",
  "register.band.none": "Data belum cukup",
  "register.trendMark.up": "↑",
  "register.trendMark.down": "↓",
  "register.trendMark.same": "→",
  "register.trendMark.single": "·",
  "register.trendMark.none": "·",
  "register.latest.none": "Belum dinilai",
  "register.latest.loading": "Memuat penilaian…",
  "register.latest.meta": "{bank}, {date}",
  "register.latest.allMissing": "Penilaian yang ditautkan tidak ditemukan di perangkat ini",
  "register.latest.all": "Semua penilaian ({n})",
  "register.latest.item": "{date}: {band}",
  "register.latest.missing": "{n} penilaian tertaut tidak ditemukan di perangkat ini",
  "register.row.assess": "Nilai sekarang",
  "register.row.assessBank": "({bank})",
  "register.row.assessFor": "untuk {name}",
  "register.row.edit": "Ubah",
  "register.row.delete": "Hapus",
  "register.delete.question": "Hapus “{name}” dari daftar kemitraan? Tindakan ini tidak dapat dibatalkan.",
  "register.delete.confirm": "Ya, hapus",
  "register.delete.done": "“{name}” dihapus dari daftar.",

  // Files out, printing and backup.
  "register.files.title": "Ekspor, cetak, dan cadangan",
  "register.files.body":
    "Berkas dibuat di peramban ini dan disimpan di perangkat Anda; tidak ada yang dikirim. CSV memuat semua kemitraan dan dapat diimpor kembali. Cetak menghasilkan satu tabel A4 melintang dari semua kemitraan yang sesuai dengan saringan.",
  "register.files.csv": "Unduh CSV",
  "register.files.ics": "Unduh kalender (.ics)",
  "register.files.print": "Cetak daftar",
  "register.files.icsHelp":
    "Kalender (.ics) memuat tanggal berakhir dan peninjauan yang akan datang dari kemitraan yang masih berjalan, dengan pengingat 90 dan 30 hari sebelumnya. Impor berkasnya ke Google Kalender, Outlook, atau kalender ponsel; berkas yang lebih baru memperbarui acara yang sama.",
  "register.export.latest": "{band} ({date}), {trend}",
  "register.export.saved": "Berkas {file} disimpan di perangkat Anda.",
  "register.export.failed": "Berkas tidak dapat dibuat di peramban ini. Coba peramban lain.",
  "register.export.icsEmpty":
    "Tidak ada tanggal berakhir atau peninjauan yang akan datang dari kemitraan yang masih berjalan, jadi tidak ada acara untuk kalender.",
  "register.backup.title": "Cadangan daftar",
  "register.backup.body":
    "Cadangan JSON memuat seluruh daftar. Memulihkan cadangan hanya menambahkan kemitraan yang belum ada; tidak ada yang ditimpa. Cadangan penilaian diunduh dari riwayat penilaian.",
  "register.backup.download": "Unduh cadangan (JSON)",
  "register.backup.restoreLabel": "Pulihkan dari cadangan (JSON)",
} as const;
