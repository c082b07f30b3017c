// Reading results back from files, share links and storage: every problem a person may need to understand.
export default {
  "transfer.import.tooLarge":
    "Berkas lebih dari 1 MB, jadi tidak dibaca. Hasil ekspor SiapMitra biasanya hanya beberapa KB; periksa apakah berkasnya benar.",
  "transfer.import.notJson": "Berkas ini bukan JSON yang utuh (mungkin terpotong atau rusak), jadi tidak dapat dibaca.",
  "transfer.import.notExport": "Berkas ini bukan hasil ekspor penilaian SiapMitra.",
  "transfer.import.invalid": "Isi berkas tidak lolos pemeriksaan, jadi tidak dimuat.",
  "transfer.import.unknownBank": 'Berkas ini untuk kuesioner "{id}" yang tidak ada di situs ini.',
  "transfer.import.futureBank":
    "Berkas ini memakai kuesioner {id} versi {version}, yang lebih baru daripada versi di halaman ini. Muat ulang halaman untuk mendapatkan versi terbaru.",
  "transfer.import.unreadableFile": "Berkas tidak dapat dibaca.",
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

  "transfer.migrate.future":
    "Data ini dibuat oleh versi SiapMitra yang lebih baru daripada halaman ini. Muat ulang halaman (atau hapus cache peramban) untuk mendapatkan versi terbaru, lalu coba lagi.",
  "transfer.migrate.unknown": "Format data penilaian tidak dikenal, jadi data ini tidak dapat dibaca.",
  "transfer.migrate.broken": "Data penilaian versi lama ini tidak dapat diperbarui ke format sekarang.",

  "transfer.problem.unreadable": "Data penilaian tidak terbaca.",
  "transfer.problem.newerFormat": "Data ini dibuat oleh versi SiapMitra yang lebih baru.",
  "transfer.problem.format": "Format data penilaian tidak dikenal.",
  "transfer.problem.id": "Kode penilaian tidak valid.",
  "transfer.problem.bank": "Bank pertanyaan tidak disebutkan dengan benar.",
  "transfer.problem.otherBank": "Data ini untuk bank {got}, bukan {want}.",
  "transfer.problem.answers": "Jawaban tidak terbaca.",
  "transfer.problem.unknownItem": "Pernyataan tidak dikenal: {id}.",
  "transfer.problem.answer": "Jawaban tidak valid untuk {id}.",
  "transfer.problem.evidence": "Bukti pendukung tidak terbaca.",
  "transfer.problem.evidenceItem": "Bukti untuk pernyataan tidak dikenal: {id}.",
  "transfer.problem.evidenceValue": "Bukti pendukung untuk {id} tidak valid.",
  "transfer.problem.context": "Konteks penilaian tidak terbaca.",
  "transfer.problem.contextField": 'Isian "{field}" terlalu panjang atau bukan teks.',
  "transfer.problem.partnerType": "Jenis kemitraan tidak dikenal.",
  "transfer.problem.date": "Tanggal penilaian harus berbentuk TTTT-BB-HH.",
  "transfer.problem.plan": "Rencana aksi tidak terbaca.",
  "transfer.problem.planRow": "Baris rencana aksi {n} tidak terbaca.",
  "transfer.problem.planRowValue": "Baris rencana aksi {n} berisi nilai yang tidak valid.",
  "transfer.problem.createdAt": "Waktu pembuatan tidak valid.",
  "transfer.problem.updatedAt": "Waktu pembaruan tidak valid.",
  "transfer.problem.completedAt": "Waktu selesai tidak valid.",
  "transfer.problem.name": "Nama penilaian terlalu panjang atau bukan teks.",
  "transfer.problem.bankUnreadable": "Data bank pertanyaan tidak terbaca.",
  "transfer.problem.bankId": "Identitas bank pertanyaan tidak valid.",
  "transfer.problem.bankPart": 'Bagian "{part}" bank pertanyaan tidak valid.',
  "transfer.problem.bankItems": "Pernyataan dalam bank pertanyaan tidak valid.",
} as const;
