// /penilaian/metodologi/: every scoring rule in plain words, each with an example computed by the rules themselves.
export default {
  "methodology.title": "Metodologi penilaian mandiri",
  "methodology.description":
    "Aturan skor, kategori, butir kunci, data belum cukup, prioritas, perbandingan mitra, dan batasan penilaian mandiri SiapMitra, masing-masing dengan contoh.",
  "methodology.crumb": "Metodologi",
  "methodology.intro":
    "Penilaian mandiri SiapMitra dihitung seluruhnya di peramban dengan aturan yang sama untuk semua pengguna. Halaman ini menjelaskan setiap aturan beserta satu contoh, agar setiap angka dan kategori di laporan dapat diperiksa dan dihitung ulang di atas kertas. Contoh di halaman ini dihitung oleh kode penilaian yang sama dengan yang menghitung hasil Anda.",
  "methodology.principle":
    'Prinsipnya: kesimpulan tidak boleh melebih-lebihkan. Bila datanya belum cukup, laporan mengatakan "Data belum cukup"; bila ada butir kunci atau dimensi yang lemah, kategori keseluruhan ikut ditahan.',

  "methodology.banks.title": "Bank pertanyaan",
  "methodology.banks.item":
    "<bank>{title}</bank> (versi {version}): {items} pernyataan dalam {dimensions} dimensi, {keys} butir kunci.",
  "methodology.banks.versions":
    "Setiap versi yang sudah terbit tidak pernah diubah. Perubahan diterbitkan sebagai versi baru, dan hasil lama selalu dihitung dengan versi yang dipakai saat mengisinya. Aturan di halaman ini berlaku untuk semua versi; untuk versi 1, yang terbit sebelum ada butir kunci, butir kuncinya ditetapkan dalam berkas tambahan tanpa mengubah pernyataannya.",

  "methodology.scale.title": "Skala jawaban",
  "methodology.scale.intro":
    "Setiap pernyataan dijawab pada skala lima tingkat yang sesuai dengan isinya, dari tingkat terendah (1) sampai tertinggi (5):",
  "methodology.scale.row": "<strong>{name}</strong> ({question}): {levels}.",
  "methodology.scale.extra":
    'Selain lima tingkat itu ada dua pilihan. "Tidak berlaku" dipilih hanya bila pernyataan memang tidak mungkin berlaku untuk jenis kemitraan ini; alasannya diminta dan dicetak di laporan, dan pilihan ini tidak tersedia pada butir kunci. "Tidak tahu" dipilih bila keadaannya belum diketahui; ini pun temuan. Kedua pilihan tidak ikut dirata-rata dan dihitung terpisah.',

  "methodology.dimension.title": "Skor dimensi",
  "methodology.dimension.rule":
    "Skor dimensi adalah rata-rata jawaban 1–5 pada pernyataan dimensi itu, ditampilkan dengan dua desimal.",
  "methodology.example": "Contoh:",
  "methodology.dimension.example": "jawaban {answers} memberi rata-rata {mean}.",

  "methodology.insufficient.title": "Data belum cukup",
  "methodology.insufficient.rule":
    'Sebuah dimensi baru diberi skor bila jawaban 1–5 sekurang-kurangnya separuh dari pernyataan yang berlaku (semua pernyataan dikurangi yang "Tidak berlaku"). Bila kurang, dimensi itu ditandai "Data belum cukup".',
  "methodology.insufficient.example":
    "jawaban {answers}: {answered} jawaban 1–5 dari {applicable} pernyataan yang berlaku, jadi {verdict}.",

  "methodology.unknown.title": 'Banyak "Tidak tahu"',
  "methodology.unknown.rule":
    'Bila "Tidak tahu" mencakup {share} atau lebih dari pernyataan yang berlaku, dimensi itu juga "Data belum cukup": tidak mengetahui keadaan adalah temuan, bukan kekuatan. Laporan menyarankan untuk mencari tahu lebih dulu.',
  "methodology.unknown.example": "jawaban {answers} memberi {verdict}, bukan 5,00.",

  "methodology.notApplicable.title": 'Semua "Tidak berlaku"',
  "methodology.notApplicable.rule":
    'Dimensi yang semua pernyataannya "Tidak berlaku" ditandai "Tidak berlaku", bukan "Data belum cukup", dan tidak ikut dihitung dalam indeks keseluruhan.',
  "methodology.notApplicable.example": "jawaban {answers} memberi {verdict}.",

  "methodology.bands.title": "Kategori",
  "methodology.bands.rule":
    "Kategori dipilih dari nilai yang ditampilkan, yaitu rata-rata yang sudah dibulatkan ke dua desimal, sehingga angka dan kategori di laporan selalu sejalan. Rata-rata {raw} tampil sebagai {shown} dan berkategori sama dengan {shown}.",
  "methodology.bands.caption": "Batas kategori skor",
  "methodology.bands.band": "Kategori",
  "methodology.bands.range": "Rata-rata",
  "methodology.bands.meaning": "Arti",
  "methodology.bands.top": "≥ {min}",
  "methodology.bands.between": "≥ {min} dan < {max}",
  "methodology.bands.kekuatan": "Sudah kuat; pertahankan dan dokumentasikan.",
  "methodology.bands.perlu-dibahas": "Sebagian sudah ada; bahas bersama mitra.",
  "methodology.bands.perlu-perhatian": "Perlu segera ditangani sebelum atau selama kerja sama.",
  "methodology.bands.convention":
    "Batas ≥ {top} dan ≥ {middle} adalah kaidah praktis untuk Wilder Collaboration Factors Inventory, yang di sana dipakai untuk rata-rata kelompok responden atas pernyataan persepsi dan dikutip dalam bahan pelatihan penggunanya.",
  "methodology.bands.conventionLocal":
    "Di sini batas itu dipakai untuk jawaban satu instansi. Batas ini kesepakatan, bukan norma yang sudah divalidasi untuk kemitraan instansi pemerintah di Indonesia.",
  "methodology.bands.noScore100":
    'Laporan tidak menampilkan skala 0–100, karena angka seperti "75 dari 100" mudah dibaca sebagai "75% siap", padahal bukan itu artinya.',

  "methodology.key.title": "Butir kunci",
  "methodology.key.rule":
    'Butir kunci adalah syarat dasar kemitraan: kewenangan atas urusan yang dikerjasamakan, kesepakatan tertulis yang menyebut peran setiap pihak, dan pos anggaran untuk bagian instansi. Bila butir kunci dijawab 1 atau 2, "Tidak tahu", atau (pada versi lama yang masih menyediakannya) "Tidak berlaku", dimensinya berkategori Perlu perhatian berapa pun rata-ratanya, dan kategori keseluruhan paling tinggi Perlu dibahas. Laporan menyebut butir itu lebih dulu, dengan bunyi pernyataannya.',
  "methodology.key.example":
    "jawaban {answers} (butir kelima adalah butir kunci) memberi rata-rata {mean}, tetapi kategorinya {verdict}.",
  "methodology.key.list": "Butir kunci {title} versi {version}:",

  "methodology.overall.title": "Indeks keseluruhan",
  "methodology.overall.rule":
    'Indeks keseluruhan adalah rata-rata skor dimensi yang dapat dinilai, dibulatkan ke dua desimal. Setiap dimensi berbobot sama. Indeks baru dihitung bila sedikitnya {min} dari {total} dimensi memiliki data cukup; bila kurang, laporan menulis "Data belum cukup" dan menyebut berapa dimensi yang belum.',
  "methodology.overall.exampleOne":
    "bila hanya satu dimensi dijawab, semuanya 5, hasilnya {verdict} (baru {scored} dari {total} dimensi).",
  "methodology.overall.cap":
    "Kategori keseluruhan paling tinggi Perlu dibahas selama ada dimensi yang berkategori Perlu perhatian atau butir kunci yang belum terpenuhi. Laporan menyebut dimensi atau butir yang menahannya.",
  "methodology.overall.exampleCap":
    "tujuh dimensi bernilai 5 dan satu dimensi bernilai 1 memberi indeks {mean}, tetapi kategorinya {verdict}, ditahan oleh dimensi yang lemah itu.",
  "methodology.overall.exampleRounding":
    "rata-rata dimensi {means} menghasilkan {raw}, yang tampil sebagai {mean}; kategorinya {verdict}, sesuai angka yang tampil.",
  "methodology.overall.why":
    "Indeks keseluruhan hanya ringkasan. SELFIE, alat penilaian mandiri sekolah dari Komisi Eropa, menyatakan bahwa tujuannya mendorong kemajuan, bukan menuntut setiap sekolah mencapai tingkat tertinggi di semua indikator. Semangat itu dipakai di sini: kategori selalu disertai skor, saran, dan hal yang menahannya.",

  "methodology.evidence.title": "Cakupan bukti",
  "methodology.evidence.rule":
    "Cakupan bukti adalah bagian jawaban 4 atau 5 yang didukung sekurang-kurangnya satu bukti yang dicentang. Bukti yang dicentang adalah pernyataan pengisi sendiri dan tidak diperiksa oleh situs; angka ini tidak pernah mengubah skor. Jawaban 4–5 tanpa bukti didaftar di bawah dimensinya.",

  "methodology.priorities.title": "Prioritas dan saran",
  "methodology.priorities.rule":
    'Prioritas adalah dimensi yang dapat dinilai dan belum berkategori Kekuatan: lebih dulu dimensi yang ditahan butir kunci, lalu dari rata-rata terendah. Bila rata-ratanya sama, dimensi dengan bagian "Tidak tahu" yang lebih besar didahulukan, lalu urutan dimensi di kuesioner. Tiga prioritas pertama ditampilkan terbuka; saran untuk setiap dimensi lain, termasuk yang sudah Kekuatan ("Pertahankan"), tetap dapat dibuka. Setiap saran memuat langkah berikutnya yang diawali kata kerja; langkah itulah yang mengisi rencana aksi.',

  "methodology.compare.title": "Bandingkan mitra",
  "methodology.compare.rule":
    "Di halaman Bandingkan mitra, rata-rata indeks keseluruhan setiap responden atau instansi dihitung hanya dari dimensi yang dinilai oleh semua pihak, dan halaman itu menyebut berapa dimensinya. Selisih skor dimensi {flag} atau lebih ditandai untuk dibahas. Selisih jawaban {gap} poin atau lebih pada satu pernyataan ditandai hanya bila pernyataan itu tentang kemitraan secara keseluruhan; pernyataan tentang keadaan instansi sendiri (misalnya anggarannya) ditampilkan berdampingan tanpa tanda, karena jawaban yang berbeda di sana adalah dua keadaan yang berbeda. Dalam mode anonim, angka per dimensi baru tampil setelah sekurang-kurangnya {min} responden dimuat (fasilitator dapat menaikkan ambang ini sampai {max}); berkas jawaban aslinya tetap ada pada fasilitator.",

  "methodology.limits.title": "Batasan",
  "methodology.limits.body":
    "Penilaian ini adalah alat refleksi untuk bahan diskusi tim dan mitra. Pernyataannya disusun dari praktik kemitraan dan alat serupa (antara lain Wilder Collaboration Factors Inventory dan VicHealth Partnerships Analysis Tool), tetapi <strong>belum divalidasi secara statistik</strong>. Hasilnya tidak boleh dipakai untuk memeringkat atau membandingkan instansi, menilai kinerja pegawai, atau sebagai dasar keputusan anggaran.",
  "methodology.memo.title": "Cetakan telaahan staf",
  "methodology.memo.intro":
    "Di halaman hasil, pilihan “Bentuk cetakan” menawarkan dua cetakan: laporan hasil, dan telaahan staf untuk pimpinan. Telaahan staf memuat isi yang sama dalam urutan naskah dinas:",
  "methodology.memo.head":
    "Kepala naskah: Kepada, Dari, Tanggal, dan Nomor dibiarkan kosong untuk diisi sesuai tata naskah dinas instansi; Lampiran dan Hal terisi.",
  "methodology.memo.problem": "I. Persoalan: siapa menilai apa dan kapan, serta keputusan yang diminta dari pimpinan.",
  "methodology.memo.assume":
    "II. Praanggapan: batas-batas hasil ini (pandangan pengisi, penilaian mandiri, batas kategori yang dipinjam, aturan yang menahan kategori).",
  "methodology.memo.facts":
    "III. Fakta yang mempengaruhi: naskah kerja sama yang dicatat, baris kosong untuk peraturan yang menjadi dasarnya, rujukan perencanaan, indeks dan kategori, tabel skor, butir kunci, dan cakupan bukti.",
  "methodology.memo.analysis":
    "IV. Analisis: dimensi prioritas dengan butir kunci yang belum terpenuhi, pernyataan berjawaban 1–2, dan jawaban 4–5 tanpa bukti.",
  "methodology.memo.conclusion": "V. Kesimpulan: ringkasan hasil yang sama dengan ringkasan di bawah grafik.",
  "methodology.memo.advice": "VI. Saran: rencana aksi, lalu baris jabatan, nama, dan NIP untuk tanda tangan.",
  "methodology.memo.appendix":
    "Lampiran: setiap pernyataan dengan jawabannya, butir kunci, alasan Tidak berlaku, serta bukti yang dicentang dan catatannya.",
  "methodology.memo.basis":
    "Peraturan yang menjadi dasar kerja sama tidak diisi otomatis: dasarnya bergantung pada jenis kerja sama dan para mitra, dan SiapMitra tidak menebaknya. Cetakan menunjuk ke daftar peraturan menurut topik di situs ini.",
  "methodology.memo.lawBefore": "Tata naskah dinas pemerintah daerah diatur dalam",
  "methodology.memo.lawBetween": "; pedoman umum bagi semua instansi adalah",
  "methodology.memo.lawAfter":
    ". Lampiran kedua peraturan itu, yang memuat bentuk setiap naskah dinas, belum dapat kami periksa langsung. Susunan di atas diambil dari bahan tata naskah dinas instansi yang saling cocok (lihat sumber di bawah).",
  "methodology.memo.differ":
    "Sumber-sumber itu berbeda dalam beberapa hal: ada yang mencantumkan “Sifat” di kepala naskah, ada yang menulis “Pokok persoalan”, “Simpulan”, atau “Saran tindak”. Ketentuan ukuran kertas untuk telaahan staf tidak kami temukan; cetakan memakai A4, dan ukuran lain (misalnya F4) dapat dipilih di dialog cetak peramban. Sesuaikan dengan pedoman tata naskah dinas instansi Anda.",
  "methodology.source.memoScribd.title": "Tambahan Tata Naskah: Telaahan Staf",
  "methodology.source.memoScribd.publisher": "Dokumen unggahan pengguna di Scribd",
  "methodology.source.memoFdokumen.title": "Susunan Telaahan Staf",
  "methodology.source.memoFdokumen.publisher": "Dokumen unggahan pengguna di fdokumen.com",
  "methodology.privacy.title": "Privasi",
  "methodology.privacy.body":
    "Jawaban, alasan, bukti, catatan, konteks, dan rencana aksi hanya disimpan di penyimpanan lokal peramban Anda. Tidak ada data yang dikirim ke server.",
  "methodology.answers.none": "kosong",
  "methodology.source.wilder.title": "Collaboration Factors Inventory",
  "methodology.source.wilder.publisher": "Wilder Research",
  "methodology.source.deck.title": "The Measuring Success Project",
  "methodology.source.deck.publisher": "Bahan presentasi pengguna Wilder Collaboration Factors Inventory (2014)",
  "methodology.source.deck.via": "SlideServe",
  "methodology.source.selfie.title": "Self-assessment tool for digitally capable schools (SELFIE)",
  "methodology.source.selfie.publisher": "European Commission, Joint Research Centre (EU Science Hub)",
} as const;
