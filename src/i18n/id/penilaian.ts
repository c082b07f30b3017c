// The self-assessment's pages (/penilaian/…): titles, introductions and the notices shown without JavaScript.
export default {
  "penilaian.crumb": "Penilaian",
  "penilaian.index.title": "Penilaian mandiri kesiapan kemitraan",
  "penilaian.index.description":
    "Kuesioner penilaian mandiri kesiapan dan kesehatan kemitraan instansi, dengan skor per dimensi, prioritas, dan rencana aksi. Semua jawaban tetap di peramban Anda.",
  "penilaian.index.heading": "Penilaian mandiri",
  "penilaian.index.intro":
    "Ukur seberapa siap instansi Anda untuk bermitra, atau seberapa sehat kemitraan yang sedang berjalan, pada delapan dimensi: kebutuhan dan pemetaan mitra, keselarasan tujuan, perencanaan bersama, tata kelola, komunikasi, sumber daya, pemantauan dan evaluasi, serta keberlanjutan. Hasilnya berupa skor per dimensi, tiga prioritas perbaikan dengan panduan yang relevan, dan rencana aksi yang dapat dicetak.",
  "penilaian.index.choose": "Pilih kuesioner",
  "penilaian.index.stage.persiapan": "Sebelum kemitraan dimulai",
  "penilaian.index.stage.berjalan": "Selama kemitraan berjalan",
  "penilaian.index.bankSize": "{items} pernyataan · sekitar {min}–{max} menit",
  "penilaian.index.paperForm": "Formulir kertas untuk dicetak",
  "penilaian.index.history":
    "Hasil yang sudah selesai tersimpan di <riwayat>riwayat penilaian</riwayat> perangkat ini (dapat diunduh, diimpor, dan dibagikan lewat tautan). Untuk menggabungkan hasil beberapa mitra dan melihat di mana pandangan mereka berbeda, buka <bandingkan>Bandingkan mitra</bandingkan>.",
  "penilaian.index.privacyTitle": "Privasi",
  "penilaian.index.privacy":
    "Semua jawaban diolah dan disimpan hanya di peramban perangkat Anda. Tidak ada yang dikirim ke server mana pun, tidak perlu akun, dan tidak ada pelacakan. Jawaban tersimpan otomatis sehingga Anda dapat melanjutkan nanti di perangkat yang sama; hapus data situs di pengaturan peramban untuk menghapusnya.",
  "penilaian.index.prepareTitle": "Yang perlu disiapkan",
  "penilaian.index.prepareTime":
    "Waktu sekitar {min}–{max} menit. Hasil paling berguna bila diisi bersama dalam rapat tim, atau diisi sendiri-sendiri lalu dibahas.",
  "penilaian.index.prepareDocs":
    "Dokumen yang ada (MoU, PKS, SK tim, DPA, notulen) untuk menandai bukti pendukung setiap jawaban.",
  "penilaian.index.prepareNoJs":
    "Setiap kuesioner juga tersedia sebagai formulir kertas kosong untuk dicetak, tanpa JavaScript. Penilaian ini adalah alat refleksi, bukan alat pemeringkatan; baca <metodologi>metodologinya</metodologi>.",

  "penilaian.paper.title": "Formulir kertas {title}",
  "penilaian.paper.crumb": "Formulir kertas",
  "penilaian.paper.description":
    "Formulir kosong {title} untuk dicetak dan diisi di atas kertas dalam rapat: {items} pernyataan, tanpa JavaScript.",
  "penilaian.paper.lead":
    "Formulir kosong untuk diisi di atas kertas dalam rapat: {items} pernyataan dalam {dimensions} dimensi (versi {version}), dengan kolom bukti dan catatan.",
  "penilaian.paper.howTo":
    "Cetak halaman ini dengan menu Cetak peramban (Ctrl+P). Skornya dihitung dengan rumus di <metodologi>halaman metodologi</metodologi>, atau masukkan jawabannya ke <kuesioner>penilaian otomatis</kuesioner> agar skor, grafik, dan rencana aksinya dibuat untuk Anda. Isian di halaman ini tidak disimpan.",
  "penilaian.bank.title": "Penilaian {title}",
  "penilaian.bank.description": "{description} {items} pernyataan, sekitar {min}–{max} menit.",
  "penilaian.bank.meta":
    "{items} pernyataan dalam {dimensions} dimensi · sekitar {min}–{max} menit · versi {version} · jawaban hanya tersimpan di perangkat ini. <metodologi>Cara penilaian dihitung</metodologi>.",

  "penilaian.history.title": "Riwayat penilaian",
  "penilaian.history.crumb": "Riwayat",
  "penilaian.history.description":
    "Penilaian mandiri yang tersimpan di perangkat ini: buka, ganti nama, unduh, bandingkan, impor, atau hapus. Tidak ada yang dikirim ke server.",
  "penilaian.history.intro":
    "Penilaian yang sudah selesai tersimpan di peramban perangkat ini saja, lengkap dengan tanggal dan versi kuesionernya. Setiap hasil selalu dihitung dengan versi kuesioner yang dipakai saat mengisinya.",
  "penilaian.history.eviction":
    "Peramban dapat menghapus data situs (Safari setelah 7 hari tanpa kunjungan, peramban di dalam aplikasi saat ditutup, komputer bersama di kantor). Unduh cadangan JSON setiap hasil; berkas itu dapat diimpor kembali di sini. Untuk membandingkan hasil beberapa mitra, buka <bandingkan>Bandingkan mitra</bandingkan>.",
  "penilaian.history.noscript":
    'Riwayat, impor, dan ekspor memerlukan JavaScript. Untuk menghapus semua data SiapMitra tanpa JavaScript, buka pengaturan peramban, cari "Data situs" atau "Cookie dan data situs", lalu hapus data untuk situs ini.',

  // The partnership register (/penilaian/daftar/) and the links to it from this section.
  "penilaian.register.title": "Daftar kemitraan",
  "penilaian.register.crumb": "Daftar kemitraan",
  "penilaian.register.description":
    "Daftar MoU, PKS, dan perjanjian kerja sama instansi Anda dengan tanggal berakhir, jadwal peninjauan, dan hasil penilaian terakhir. Tersimpan hanya di peramban Anda.",
  "penilaian.register.intro":
    "Catat setiap kemitraan instansi Anda dalam satu daftar: mitra, instrumen, nomor, tanggal penandatanganan dan berakhir, penanggung jawab, status, serta jadwal peninjauan. Daftar menandai kemitraan yang segera berakhir dan peninjauan yang terlambat, menampilkan hasil penilaian terakhir beserta kecenderungannya, dan dapat diekspor ke CSV atau ke kalender Anda.",
  "penilaian.register.privacy":
    "Daftar ini tersimpan hanya di peramban perangkat ini dan tidak dikirim ke mana pun. Peramban dapat menghapus data situs (misalnya Safari setelah 7 hari tanpa kunjungan), jadi unduh cadangan JSON secara berkala dan simpan di tempat yang aman.",
  "penilaian.register.noscript":
    'Daftar kemitraan memerlukan JavaScript karena datanya disimpan dan diolah di peramban Anda. Aktifkan JavaScript untuk memakainya. Untuk menghapus data SiapMitra tanpa JavaScript, buka pengaturan peramban, cari "Data situs", lalu hapus data untuk situs ini.',
  "penilaian.register.linkFromAssessment":
    "Untuk mencatat semua MoU dan PKS instansi Anda beserta tanggal berakhir, jadwal peninjauan, dan hasil penilaian terakhirnya, buka <daftar>Daftar kemitraan</daftar>.",
  "penilaian.register.linkFromHistory":
    "Hubungkan hasil penilaian dengan kemitraannya di <daftar>Daftar kemitraan</daftar> untuk melihat kategori terakhir dan kecenderungannya per kemitraan.",

  "penilaian.result.title": "Hasil penilaian",
  "penilaian.result.crumb": "Hasil",
  "penilaian.result.description":
    "Hasil penilaian mandiri yang dibuka dari riwayat perangkat ini atau dari tautan yang dibagikan. Jawaban hanya ada di alamat tautan, tidak di server.",
  "penilaian.result.noscript":
    "Hasil penilaian dibuka dan dihitung di peramban, jadi halaman ini memerlukan JavaScript.",

  "penilaian.compare.title": "Bandingkan penilaian mitra",
  "penilaian.compare.crumb": "Bandingkan mitra",
  "penilaian.compare.description":
    "Gabungkan hasil penilaian mandiri beberapa mitra di peramban: rata-rata, rentang, selisih yang perlu dibahas, dan agenda diskusi. Tanpa server, tanpa akun.",
  "penilaian.compare.intro":
    "Sinyal paling berguna dalam penilaian kemitraan adalah di mana pandangan para mitra berbeda. Minta setiap mitra mengisi kuesioner yang sama, lalu mengirimkan berkas JSON atau tautan hasilnya. Muat semuanya di sini: semua diolah di peramban ini, tidak ada yang dikirim ke server.",
  "penilaian.compare.flags":
    "Dimensi dengan selisih skor {flag} atau lebih dan pernyataan dengan jawaban berbeda {gap} poin atau lebih ditandai untuk dibahas. Ini alat refleksi, bukan alat pemeringkatan; lihat <metodologi>metodologi</metodologi>.",
  "penilaian.compare.noscript": "Perbandingan dihitung di peramban, jadi halaman ini memerlukan JavaScript.",
} as const;
