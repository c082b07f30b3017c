// Saving, exporting and sharing one result; the read-only result page.
export default {
  "share.tools.title": "Simpan dan bagikan",
  "share.tools.download": "Unduh",
  "share.backup.title": "Simpan cadangan hasil ini",
  "share.backup.body":
    "Hasil tersimpan di peramban perangkat ini saja. Peramban dapat menghapusnya (Safari setelah 7 hari tanpa kunjungan, peramban di dalam aplikasi saat ditutup, komputer kantor bersama), jadi unduh cadangan JSON. Berkas itu dapat diimpor kembali di halaman Riwayat penilaian.",
  "share.backup.button": "Unduh cadangan JSON",
  "share.backup.done": "Cadangan diunduh. Simpan berkasnya di tempat yang aman.",
  "share.export.json": "Unduh JSON (untuk impor)",
  "share.export.itemsCsv": "Unduh CSV per pernyataan",
  "share.export.dimensionsCsv": "Unduh CSV per dimensi",
  "share.export.failed": "Berkas tidak dapat diunduh di peramban ini.",
  "share.file.items": "pernyataan",
  "share.file.dimensions": "dimensi",

  "share.link.title": "Bagikan lewat tautan",
  "share.link.notice":
    "Siapa pun yang memegang tautan ini dapat membaca jawaban di dalamnya. Jawaban tersimpan di bagian alamat setelah tanda #, yang tidak pernah dikirim ke server, tetapi tautan dapat tersimpan di riwayat obrolan atau surel. Rencana aksi tidak ikut dibagikan. Bila perlu, lindungi dengan kata sandi dan sampaikan kata sandinya lewat jalur lain.",
  "share.link.protect": "Lindungi dengan kata sandi",
  "share.link.passphrase": "Kata sandi (minimal {min} karakter)",
  "share.link.create": "Buat tautan",
  "share.link.creating": "Membuat tautan…",
  "share.link.label": "Tautan untuk dibagikan",
  "share.link.copy": "Salin tautan",
  "share.link.tooShort": "Kata sandi minimal {min} karakter.",
  "share.link.noCrypto":
    "Peramban ini tidak mendukung enkripsi. Buat tautan tanpa kata sandi atau gunakan peramban lain.",
  "share.link.created": "Tautan dibuat ({length} karakter).",
  "share.link.createdSealed": "Tautan dibuat ({length} karakter), terenkripsi dengan kata sandi.",
  "share.link.failed": "Tautan tidak dapat dibuat di peramban ini.",
  "share.link.copied": "Tautan disalin. Tempelkan di pesan kepada mitra Anda.",
  "share.link.copyManually":
    "Tautan tidak dapat disalin otomatis; tautan sudah dipilih, tekan Ctrl+C (atau tahan lalu Salin).",

  "share.shown.fromLink":
    "Anda membuka hasil yang dibagikan lewat tautan. Hasil ini hanya dapat dibaca; jawaban tidak dikirim ke server mana pun.",
  "share.shown.save": "Simpan di perangkat ini",
  "share.shown.saved": "Hasil disimpan di riwayat perangkat ini.",
  "share.shown.same": "Hasil ini sudah ada di riwayat perangkat ini; tidak ada yang diubah.",
  "share.shown.copy":
    "Di riwayat sudah ada penilaian dengan kode yang sama tetapi isinya berbeda; hasil ini disimpan sebagai salinan baru dan yang lama tidak diubah.",
  "share.shown.openHistory": "Buka riwayat",

  "share.csv.bank": "Kuesioner",
  "share.csv.version": "Versi",
  "share.csv.agency": "Instansi",
  "share.csv.date": "Tanggal",
  "share.csv.dimension": "Dimensi",
  "share.csv.code": "Kode pernyataan",
  "share.csv.statement": "Pernyataan",
  "share.csv.value": "Nilai",
  "share.csv.answer": "Jawaban",
  "share.csv.evidence": "Bukti pendukung",
  "share.csv.mean": "Rata-rata (1-5)",
  "share.csv.band": "Kategori",
  "share.csv.answered": "Dijawab 1-5",
  "share.csv.notApplicable": "Tidak berlaku",
  "share.csv.unknown": "Tidak tahu",
  "share.csv.unanswered": "Belum dijawab",
  "share.csv.coverage": "Cakupan bukti (%)",
  "share.csv.overall": "Indeks keseluruhan",
} as const;
