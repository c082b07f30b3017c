// Opening a result from a share link or from this device's history: what can go wrong.
export default {
  "transfer.notFound": "Penilaian ini tidak ditemukan lagi di perangkat ini.",
  "transfer.link.notALink": "Alamat ini tidak memuat hasil penilaian yang dapat dibaca.",
  "transfer.link.damaged":
    "Tautan ini tidak utuh atau telah berubah (mungkin terpotong saat disalin). Minta pengirim menyalin ulang seluruh tautannya.",
  "transfer.link.future":
    "Tautan ini dibuat oleh versi SiapMitra yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru, lalu buka lagi tautannya.",
  "transfer.link.wrongPassphrase":
    "Kata sandi salah, atau tautannya rusak. Periksa kata sandinya (huruf besar dan kecil dibedakan), lalu coba lagi.",
  "transfer.link.otherBank": "Tautan ini tidak cocok dengan kuesioner yang disebutkannya (jumlah pernyataan berbeda).",
  "transfer.link.tooLong": "Tautan ini terlalu panjang untuk hasil penilaian SiapMitra.",
  "transfer.link.needsPassphrase": "Tautan ini dilindungi kata sandi; isi kata sandinya lalu tambahkan lagi.",
} as const;
