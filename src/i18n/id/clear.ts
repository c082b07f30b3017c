// "Hapus semua data": on the history page and on /tentang/.
export default {
  "clear.title": "Hapus data",
  "clear.body":
    "Menghapus semua penilaian, draf, riwayat, daftar kemitraan, dan pilihan tampilan SiapMitra yang tersimpan di peramban ini.",
  "clear.button": "Hapus semua data SiapMitra di perangkat ini",
  "clear.question":
    "Hapus semua penilaian, draf, riwayat, daftar kemitraan, dan pilihan tampilan SiapMitra dari peramban ini? Tindakan ini tidak dapat dibatalkan; unduh cadangan JSON dulu bila masih diperlukan.",
  "clear.confirm": "Ya, hapus semua",
  "clear.done": "Semua data SiapMitra di perangkat ini sudah dihapus ({n} entri).",
  "clear.blocked":
    "Sebagian data tidak dapat dihapus karena penyimpanan diblokir. Hapus data situs melalui pengaturan peramban.",
} as const;
