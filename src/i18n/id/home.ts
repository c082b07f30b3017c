// The home page /.
export default {
  "home.title": "SiapMitra — panduan dan penilaian kesiapan program kemitraan instansi",
  "home.description":
    "Panduan, studi kasus, dan penilaian mandiri untuk instansi pemerintah yang menjalankan program kemitraan dengan instansi terkait.",
  "home.heading": "Kemitraan antarinstansi yang siap, jelas, dan berkelanjutan",
  "home.lead":
    "SiapMitra membantu instansi pemerintah pusat dan daerah merencanakan, meresmikan, menjalankan, dan menilai program kemitraan dengan instansi terkait: kementerian dan lembaga lain, pemerintah daerah, badan usaha, perguruan tinggi, lembaga riset, dan masyarakat.",
  "home.audience":
    "Untuk pejabat dan staf perencanaan, kerja sama, dan hukum di instansi; fasilitator kemitraan; serta masyarakat yang ingin memahami cara pemerintah bekerja sama.",

  // The three ways in
  "home.paths.heading": "Tiga cara memulai",
  "home.paths.guides.title": "Baca panduan",
  "home.paths.guides.text":
    "{n} panduan tentang manfaat, tantangan, dan langkah menjalankan kemitraan, lengkap dengan templat siap cetak.",
  "home.paths.guides.action": "Buka panduan",
  "home.paths.assessment.title": "Nilai kesiapan",
  "home.paths.assessment.text":
    "Kuesioner penilaian mandiri dengan skor per dimensi, grafik, prioritas, dan rencana aksi. Jawaban tidak meninggalkan perangkat Anda.",
  "home.paths.assessment.action": "Mulai penilaian",
  "home.paths.cases.title": "Jelajahi studi kasus",
  "home.paths.cases.text":
    "{n} kemitraan nyata di Indonesia, bersumber dan dapat disaring menurut sektor, jenis mitra, dan wilayah.",
  "home.paths.cases.action": "Lihat studi kasus",

  // Principles: a bold word, then its sentence.
  "home.principles.heading": "Prinsip kami",
  "home.principles.sourced":
    "<strong>Bersumber.</strong> Setiap angka, regulasi, dan kasus merujuk sumbernya di halaman yang sama.",
  "home.principles.private":
    "<strong>Privat.</strong> Tidak ada akun, kuki, analitik, atau server penilaian: jawaban Anda tetap di peramban.",
  "home.principles.light":
    "<strong>Ringan.</strong> Halaman bacaan tidak memuat skrip dan tetap cepat di ponsel dengan sinyal lemah.",
  "home.principles.open":
    "<strong>Terbuka.</strong> Cara menghitung skor dijelaskan lengkap, dan hasil dapat dicetak untuk nota dinas.",
} as const;
