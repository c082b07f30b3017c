// Daftar kemitraan (/penilaian/daftar/), the parts loaded on demand: the form and the problems of an entry, the CSV
// import (with the importer's problem texts), the picker of assessments, the link offered after "Nilai sekarang"
// and the restore of a backup. The words the page needs at once are in register.ts.
export default {
  // Problems of an entry (form, restored backup).
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

  // Restoring a backup: why a file is refused.
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

  // The form.
  "register.form.newTitle": "Kemitraan baru",
  "register.form.editTitle": "Ubah kemitraan “{name}”",
  "register.form.fromDraft":
    "Isian di bawah diambil dari hasil penilaian yang Anda pilih. Periksa dan lengkapi, lalu simpan.",
  "register.form.required": "Isian bertanda (wajib) harus diisi; yang lain boleh dikosongkan.",
  "register.form.requiredMark": "(wajib)",
  "register.form.problems": "Kemitraan belum disimpan karena {n} isian perlu diperbaiki:",
  "register.form.nothingLost": "Semua yang sudah Anda isi tetap ada di formulir.",
  "register.form.noPartners": "Belum ada mitra.",
  "register.form.partnerName": "Nama mitra ke-{n}",
  "register.form.partnerType": "Jenis mitra ke-{n}",
  "register.form.addPartner": "Tambah mitra",
  "register.form.removePartner": "Hapus mitra ke-{n}",
  "register.form.chooseInstrument": "Pilih instrumen…",
  "register.form.dateUnfinished": "{field} belum lengkap. Isi hari, bulan, dan tahun, atau kosongkan.",
  "register.form.add": "Simpan ke daftar",
  "register.form.save": "Simpan perubahan",
  "register.form.added": "“{name}” ditambahkan ke daftar.",
  "register.form.saved": "Perubahan pada “{name}” disimpan.",
  "register.link.title": "Penilaian terkait",
  "register.link.none": "Belum ada penilaian yang ditautkan.",
  "register.link.loading": "Memuat penilaian dari riwayat…",
  "register.link.loadingItem": "Memuat…",
  "register.link.missing": "Penilaian tidak ditemukan di riwayat perangkat ini",
  "register.link.item": "{title}, {date}",
  "register.link.remove": "Lepas tautan",
  "register.link.noneToAdd": "Tidak ada penilaian selesai lain di riwayat perangkat ini.",
  "register.link.choose": "Tautkan penilaian dari riwayat",
  "register.link.placeholder": "Pilih penilaian…",
  "register.link.optionElsewhere": "{item} (sudah tertaut ke “{name}”)",
  "register.link.add": "Tautkan",

  // "Nilai sekarang", then back on the register.
  "register.pending.question":
    "Penilaian “{item}” selesai setelah Anda memilih Nilai sekarang untuk “{name}”. Tautkan penilaian ini ke kemitraan tersebut?",
  "register.pending.yes": "Ya, tautkan",
  "register.pending.no": "Tidak",
  "register.pending.linked": "Penilaian “{item}” ditautkan ke “{name}”.",

  // Create from an assessment.
  "register.from.title": "Buat dari hasil penilaian",
  "register.from.body":
    "Pilih penilaian yang sudah selesai. Nama kemitraan dan rujukan perencanaannya (mitra, instrumen, nomor, tanggal) mengisi formulir, dan penilaian itu ditautkan ke kemitraan baru.",
  "register.from.none": "Belum ada penilaian selesai di perangkat ini.",
  "register.from.start": "Mulai penilaian",
  "register.from.label": "Penilaian",
  "register.from.placeholder": "Pilih penilaian…",
  "register.from.option": "{title} · {bank} · {date}",
  "register.from.optionWithRefs": "{title} · {bank} · {date} · dengan rujukan",
  "register.from.hasRefs": "Penilaian ini memuat rujukan perencanaan; formulir akan terisi dengan data itu.",
  "register.from.noRefs":
    "Penilaian ini belum memuat rujukan perencanaan, jadi hanya nama kemitraan yang terisi. Lengkapi sisanya di formulir.",
  "register.from.alreadyLinked": "Penilaian ini sudah tertaut ke “{name}”.",
  "register.from.continue": "Lanjutkan ke formulir",

  // CSV import screen.
  "register.importUi.title": "Impor dari CSV",
  "register.importUi.formats":
    "Pilih berkas CSV dari Excel, LibreOffice, atau Google Sheets: UTF-8 (dengan atau tanpa BOM), UTF-16, atau Windows-1252, dengan pemisah titik koma, koma, atau tab. Baris judul kolom dikenali sendiri, juga bila ada judul tabel di atasnya; paling banyak 10.000 baris dan 10 MB.",
  "register.importUi.dates":
    "Tanggal dibaca dengan hari lebih dahulu, seperti 12/03/2025, 12-03-25, 12 Maret 2025, 12 Mar 2025, atau 2025-03-12. Tanggal yang tersimpan sebagai angka seri Excel (misalnya 45728) tidak dikenali: ubah format kolom tanggal menjadi tanggal atau teks sebelum menyimpan CSV.",
  "register.importUi.safe":
    "Anda melihat pratinjau lebih dahulu dan hanya baris yang Anda centang yang diimpor. Kemitraan yang sudah ada di daftar tidak pernah ditimpa.",
  "register.importUi.fileLabel": "Berkas CSV",
  "register.importUi.reading": "Membaca berkas…",
  "register.importUi.readFailed": "Berkas tidak dapat dibaca. Pilih berkasnya lagi.",
  "register.importUi.fileSummary":
    "{file}: {rows} baris data, pengodean {encoding}, pemisah {delimiter}, judul kolom di baris {header}.",
  "register.importUi.rowsTitle": "Baris dalam berkas",
  "register.importUi.rowCounts":
    "{ready} baris siap diimpor, {errors} baris perlu diperbaiki, {ticked} baris dicentang untuk diimpor.",
  "register.importUi.viewLegend": "Tampilkan",
  "register.importUi.view.all": "Semua baris",
  "register.importUi.view.errors": "Perlu diperbaiki",
  "register.importUi.view.ready": "Siap diimpor",
  "register.importUi.viewEmpty": "Tidak ada baris dalam tampilan ini.",
  "register.importUi.tickAll": "Centang semua baris yang siap ({n})",
  "register.importUi.untickAll": "Hapus semua centang",
  "register.importUi.tick": "Impor baris {row}: {name}",
  "register.importUi.noName": "(tanpa nama)",
  "register.importUi.error": "Perlu diperbaiki:",
  "register.importUi.warning": "Catatan:",
  "register.importUi.fix": "Perbaiki baris {row}",
  "register.importUi.edit": "Ubah baris {row}",
  "register.importUi.fixTitle": "Perbaiki baris {row}",
  "register.importUi.fixHint":
    "Tulis beberapa mitra pada baris terpisah atau pisahkan dengan titik koma. Perubahan hanya berlaku untuk impor ini; berkas Anda tidak diubah.",
  "register.importUi.recheck": "Periksa ulang",
  "register.importUi.more": "Tampilkan {n} baris berikutnya",
  "register.importUi.confirm": "Impor {n} baris yang dicentang",
  "register.importUi.close": "Tutup impor",
  "register.importUi.added": "{n} kemitraan ditambahkan ke daftar; barisnya tidak lagi ditampilkan di bawah.",
  "register.importUi.notAdded": "{n} baris yang dicentang tidak diimpor:",
  "register.importUi.rowReasons": "Baris {row}: {reasons}",
  "register.mapping.caption": "Pemetaan kolom: periksa kolom berkas mana yang mengisi setiap isian",
  "register.mapping.column": "Kolom di berkas",
  "register.mapping.samples": "Contoh isi",
  "register.mapping.field": "Diisikan ke",
  "register.mapping.noHeader": "(kolom ke-{n} tanpa judul)",
  "register.mapping.emptyColumn": "(kosong)",
  "register.mapping.label": "Isian untuk kolom {column}",
  "register.mapping.ignore": "Abaikan kolom ini",
  "register.mapping.guessed": "Tebakan dari judul: {field}",
  "register.mapping.notGuessed": "Judul kolom ini tidak dikenali",
  "register.encoding.utf-8": "UTF-8",
  "register.encoding.utf-8-bom": "UTF-8 dengan BOM",
  "register.encoding.utf-16le": "UTF-16",
  "register.encoding.utf-16be": "UTF-16",
  "register.encoding.windows-1252": "Windows-1252",
  "register.delimiter.semicolon": "titik koma (;)",
  "register.delimiter.comma": "koma (,)",
  "register.delimiter.tab": "tab",

  // Restoring a backup: outcomes.
  "register.backup.tooLarge": "Berkas lebih dari 20 MB, jadi bukan cadangan daftar kemitraan SiapMitra.",
  "register.backup.notJson": "Berkas ini bukan berkas JSON yang dapat dibaca, jadi daftar tidak diubah.",
  "register.backup.restored":
    "Cadangan dipulihkan: {added} kemitraan ditambahkan, {same} sudah ada dan sama, {copies} disimpan sebagai salinan baru karena kodenya sudah dipakai kemitraan lain.",
  "register.backup.invalidEntry": "Kemitraan ke-{n} dalam cadangan tidak dipulihkan: {problems}",
  "register.backup.failedEntry": "Kemitraan ke-{n} dalam cadangan tidak tersimpan: {problem}",
} as const;
