// What the browser's storage can do to saved data, in the words the assessment and the register show.
export default {
  "storage.unavailable":
    "Penyimpanan di peramban ini tidak dapat dipakai (mungkin diblokir atau mode privat). Jawaban tetap ada selama halaman ini terbuka, tetapi akan hilang jika halaman ditutup.",
  "storage.full":
    "Penyimpanan peramban penuh, sehingga jawaban terakhir belum tersimpan. Hapus data situs lain atau cetak hasil sebelum menutup halaman.",
  "storage.corrupt":
    "Data penilaian yang tersimpan di perangkat ini tidak dapat dibaca, jadi kami menyimpannya terpisah (tidak dihapus) dan memulai penilaian baru.",
  "storage.notJson": "Isi tersimpan bukan JSON yang utuh.",
} as const;
