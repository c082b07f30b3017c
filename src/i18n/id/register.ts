// Daftar kemitraan (/penilaian/daftar/): labels, export texts and the Indonesian text of every problem code that
// src/lib/register returns ("register.<code>").
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

  // Problems of an entry (form, storage, backup).
  "register.entry.notRecord": "Data kemitraan tidak terbaca.",
  "register.entry.formatUnknown": "Format data kemitraan tidak dikenal.",
  "register.entry.formatFuture":
    "Data kemitraan ini dibuat oleh versi SiapMitra yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru.",
  "register.entry.idInvalid": "Kode data kemitraan tidak valid.",
  "register.entry.nameMissing": "Nama kemitraan wajib diisi.",
  "register.entry.nameInvalid": "Nama kemitraan harus berupa teks satu baris.",
  "register.entry.nameTooLong": "Nama kemitraan paling banyak {max} karakter.",
  "register.entry.partnersInvalid": "Daftar mitra tidak terbaca.",
  "register.entry.partnersTooMany": "Mitra paling banyak {max}.",
  "register.entry.partnerNameMissing": "Nama mitra ke-{n} wajib diisi.",
  "register.entry.partnerNameInvalid": "Nama mitra ke-{n} harus satu baris dan tidak memuat tanda ; atau |.",
  "register.entry.partnerNameTooLong": "Nama mitra ke-{n} paling banyak {max} karakter.",
  "register.entry.partnerTypeUnknown": "Jenis mitra ke-{n} tidak dikenal.",
  "register.entry.instrumentUnknown": "Pilih instrumen: MoU, PKS, atau lainnya.",
  "register.entry.numberInvalid": "Nomor dokumen harus berupa teks satu baris.",
  "register.entry.numberTooLong": "Nomor dokumen paling banyak {max} karakter.",
  "register.entry.signedOnInvalid": "Tanggal penandatanganan bukan tanggal yang valid.",
  "register.entry.endsOnInvalid": "Tanggal berakhir bukan tanggal yang valid.",
  "register.entry.reviewOnInvalid": "Tanggal peninjauan berikutnya bukan tanggal yang valid.",
  "register.entry.endBeforeStart": "Tanggal berakhir tidak boleh sebelum tanggal penandatanganan.",
  "register.entry.personInChargeInvalid": "Penanggung jawab harus berupa teks satu baris.",
  "register.entry.personInChargeTooLong": "Penanggung jawab paling banyak {max} karakter.",
  "register.entry.statusUnknown": "Pilih status: aktif, dalam perpanjangan, berakhir, atau dihentikan.",
  "register.entry.noteInvalid": "Catatan memuat karakter yang tidak dapat disimpan.",
  "register.entry.noteTooLong": "Catatan paling banyak {max} karakter.",
  "register.entry.assessmentIdsInvalid": "Tautan ke penilaian tidak valid.",
  "register.entry.assessmentIdsTooMany": "Penilaian yang ditautkan paling banyak {max}.",
  "register.entry.createdAtInvalid": "Waktu pembuatan data tidak valid.",
  "register.entry.updatedAtInvalid": "Waktu pembaruan data tidak valid.",

  // Storage and backup.
  "register.storage.unavailable":
    "Penyimpanan di peramban ini tidak dapat dipakai (mungkin diblokir atau mode privat), jadi daftar belum tersimpan.",
  "register.storage.full":
    "Penyimpanan peramban penuh, jadi perubahan terakhir belum tersimpan. Unduh cadangan JSON, lalu kosongkan ruang.",
  "register.storage.invalid": "Data kemitraan ini belum lengkap atau tidak valid, jadi tidak disimpan.",
  "register.storage.notFound": "Data kemitraan ini tidak ditemukan lagi di perangkat ini.",
  "register.storage.keptAside":
    "{count} data kemitraan tidak dapat dibaca; datanya disimpan terpisah di perangkat ini, tidak dihapus.",
  "register.backup.notBackup": "Berkas ini bukan cadangan daftar kemitraan SiapMitra.",
  "register.backup.formatFuture":
    "Cadangan ini dibuat oleh versi SiapMitra yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru, lalu coba lagi.",
  "register.backup.tooMany": "Cadangan ini memuat lebih dari 10.000 kemitraan, jadi tidak dimuat.",

  // CSV import: problems of the whole file.
  "register.import.fileEmpty": "Berkas ini kosong.",
  "register.import.fileTooLarge": "Berkas lebih dari {maxMb} MB, jadi tidak dibaca. Periksa apakah berkasnya benar.",
  "register.import.fileIsWorkbook":
    "Berkas ini tampaknya buku kerja Excel atau LibreOffice, bukan CSV. Buka berkasnya, pilih Simpan Sebagai, lalu pilih format CSV.",
  "register.import.fileNotText": "Berkas ini bukan berkas teks CSV, jadi tidak dapat dibaca.",
  "register.import.unclosedQuote":
    "Tanda kutip yang dibuka di baris {row} tidak pernah ditutup, sehingga sisa berkas tidak dapat dibaca. Perbaiki berkasnya, lalu unggah lagi.",
  "register.import.tooManyRows":
    "Berkas memuat lebih dari {max} baris data. Bagi berkasnya, lalu impor sebagian demi sebagian.",
  "register.import.noRows": "Berkas hanya memuat baris judul kolom, tanpa data.",
  "register.import.nameColumnMissing":
    "Tidak ada kolom yang dipetakan ke Nama kemitraan. Pilih kolom yang berisi nama kemitraan.",

  // CSV import: errors of a row (the row is not imported until it is fixed).
  "register.import.nameMissing": "Nama kemitraan kosong.",
  "register.import.tooLong": "Isi kolom “{column}” lebih dari {max} karakter.",
  "register.import.partnersTooMany": "Mitra lebih dari {max}.",
  "register.import.dateInvalid":
    "Kolom “{column}”: “{value}” bukan tanggal yang dikenali. Tulis seperti 12/03/2025, 12 Maret 2025, atau 2025-03-12.",
  "register.import.dateMonthFirst":
    "Kolom “{column}”: “{value}” tampaknya ditulis bulan lebih dahulu. Tulis hari lebih dahulu, misalnya 25/03/2025.",
  "register.import.endBeforeStart": "Tanggal berakhir lebih awal daripada tanggal penandatanganan.",
  "register.import.statusUnknown":
    "Status “{value}” tidak dikenal. Pilih aktif, dalam perpanjangan, berakhir, atau dihentikan.",
  "register.import.instrumentUnknown": "Instrumen “{value}” tidak dikenal. Pilih MoU, PKS, atau lainnya.",
  "register.import.duplicateExisting": "Kemitraan ini sudah ada di daftar (“{name}”), jadi tidak diimpor lagi.",
  "register.import.duplicateInFile": "Baris ini sama dengan baris {row} di berkas yang sama.",

  // CSV import: warnings (the row can still be imported).
  "register.import.rowsAboveHeader": "{count} baris di atas judul kolom (baris {row}) dilewati.",
  "register.import.mappingDuplicate":
    "Kolom “{column}” dipetakan ke isian yang sama dengan kolom ke-{first}; hanya kolom ke-{first} yang dipakai.",
  "register.import.formulaCell":
    "Kolom “{column}” berisi teks yang diawali =, +, -, atau @. Teks ini disimpan apa adanya dan tidak dijalankan sebagai rumus.",
  "register.import.partnerTypeUnknown": "Jenis mitra “{value}” tidak dikenal, jadi dicatat sebagai Lainnya.",
  "register.import.partnerTypesWithoutPartners": "Jenis mitra terisi, tetapi nama mitra kosong; jenis mitra diabaikan.",
  "register.import.instrumentAssumed": "Instrumen kosong, jadi dicatat sebagai Lainnya.",
  "register.import.statusAssumedActive": "Status kosong, jadi dicatat sebagai Aktif.",
  "register.import.statusAssumedEnded":
    "Status kosong dan tanggal berakhir sudah lewat, jadi dicatat sebagai Berakhir.",
  "register.import.extraCells": "Baris ini memuat isian di luar kolom berjudul; isian itu diabaikan.",
} as const;
