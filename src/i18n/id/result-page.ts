// /penilaian/hasil/ before a result shows: loading, nothing to open, a passphrase to enter, an error.
export default {
  "resultPage.loading": "Memuat hasil…",
  "resultPage.empty.before": "Tidak ada hasil yang dibuka. Buka hasil dari",
  "resultPage.empty.link": "riwayat penilaian",
  "resultPage.empty.after": ", atau buka tautan hasil yang dibagikan kepada Anda.",
  "resultPage.notFound":
    "Penilaian ini tidak ditemukan di perangkat ini. Mungkin sudah dihapus, atau tersimpan di peramban lain.",
  "resultPage.nothingChanged": "Tidak ada data di perangkat ini yang diubah.",
  "resultPage.openHistory": "Buka riwayat penilaian",
  "resultPage.unlock.title": "Hasil ini dilindungi kata sandi",
  "resultPage.unlock.body":
    "Masukkan kata sandi yang Anda terima dari pengirim tautan. Kata sandi tidak dikirim ke mana pun.",
  "resultPage.unlock.label": "Kata sandi",
  "resultPage.unlock.submit": "Buka hasil",
  "resultPage.unlock.busy": "Membuka…",
} as const;
