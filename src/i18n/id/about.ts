// /tentang/: what the site is, who runs it, privacy, accessibility, supported browsers, reporting mistakes.
export default {
  "about.title": "Tentang SiapMitra",
  "about.description":
    "Tentang SiapMitra: tujuan, pengelola, pernyataan privasi, pernyataan aksesibilitas, peramban yang didukung, dan cara melaporkan kesalahan.",
  "about.crumb": "Tentang",
  "about.heading": "Tentang SiapMitra",
  "about.intro":
    "SiapMitra adalah situs statis untuk instansi pemerintah pusat dan daerah yang menjalankan program kemitraan dengan instansi terkait. Isinya tiga hal: panduan tentang manfaat, tantangan, dan langkah kemitraan; studi kasus kemitraan nyata di Indonesia; dan penilaian mandiri kesiapan kemitraan yang berjalan sepenuhnya di peramban.",
  "about.sources":
    'Fakta, angka, dan regulasi di situs ini diambil dari sumber yang dicantumkan di setiap halaman. "Tanggal akses" pada daftar sumber adalah tanggal tim memeriksa fakta tersebut dari salinan sumber yang tersimpan. Periksa kembali dokumen resminya sebelum mengutip untuk keperluan hukum atau anggaran.',

  // Who runs the site (also stated in every page's footer). No organisation, person or contact is named: none exists.
  "about.owner.heading": "Pengelola situs ini",
  "about.owner.body":
    "SiapMitra dikelola oleh tim pengembang SiapMitra, sebuah proyek independen. SiapMitra <strong>bukan situs resmi pemerintah</strong> dan tidak berbicara atas nama kementerian, lembaga, atau pemerintah daerah mana pun. Isinya tidak menggantikan peraturan perundang-undangan atau petunjuk resmi dari instansi yang berwenang.",
  "about.owner.feedback": "Untuk koreksi dan masukan, lihat bagian <koreksi>Melaporkan kesalahan</koreksi>.",

  "about.privacy.heading": "Pernyataan privasi",
  // Around the <Regulasi id="uu-27-2022" /> citation.
  "about.privacy.basis": "SiapMitra disusun dengan memperhatikan",
  "about.privacy.principle": "Prinsip kami sederhana: kami tidak mengumpulkan data pribadi Anda.",
  "about.privacy.noTracking":
    "Tidak ada akun, formulir pendaftaran, kuki, analitik, iklan, atau font dari pihak ketiga.",
  "about.privacy.localOnly":
    "Jawaban penilaian mandiri, nama instansi, dan rencana aksi hanya disimpan di penyimpanan lokal peramban Anda (<en>localStorage</en>) dan tidak pernah dikirim ke server mana pun.",
  "about.privacy.theme":
    "Preferensi tampilan (mode terang atau gelap) juga disimpan di perangkat Anda. Anda dapat menghapusnya kapan saja melalui pengaturan peramban.",
  "about.privacy.server":
    "Server yang menyajikan situs ini hanya mencatat data teknis biasa (misalnya alamat IP dan halaman yang diminta) sesuai kebijakan pengelola server instansi yang menayangkannya.",
  "about.clear.heading": "Hapus data SiapMitra di perangkat ini",
  "about.clear.body":
    "Tombol berikut menghapus semua penilaian, draf, riwayat, daftar kemitraan, dan pilihan tampilan SiapMitra dari peramban ini. Unduh cadangan JSON di <riwayat>riwayat penilaian</riwayat> dulu bila masih diperlukan.",
  "about.clear.noJs":
    'Tanpa JavaScript, hapus data melalui pengaturan peramban: buka "Privasi" atau "Setelan situs", pilih "Cookie dan data situs" (atau "Kelola data situs"), cari alamat situs ini, lalu hapus datanya.',

  "about.accessibility.heading": "Pernyataan aksesibilitas",
  "about.accessibility.body":
    "Kami menargetkan kesesuaian dengan WCAG 2.2 tingkat AA. Setiap halaman yang dibangun diperiksa secara otomatis dengan axe dalam mode terang dan gelap; semua fungsi dapat dijalankan dengan papan ketik; setiap grafik disertai tabel data dan ringkasan teks; informasi tidak pernah disampaikan hanya dengan warna. Pemeriksaan otomatis tidak menemukan semua masalah: bila Anda menemui hambatan, mohon beri tahu kami.",
  "about.browsers.heading": "Peramban yang didukung",
  "about.browsers.body":
    "Versi terbaru Chrome, Edge, Firefox, dan Safari di ponsel maupun komputer, termasuk Chrome untuk Android 111 ke atas dan Safari 16.4 ke atas. Halaman bacaan tetap dapat dibaca tanpa JavaScript; penilaian mandiri dan pencarian memerlukan JavaScript.",
  "about.report.heading": "Melaporkan kesalahan",
  "about.report.body":
    "Menemukan fakta yang keliru, tautan yang rusak, atau kalimat yang sulit dipahami? Sampaikan kepada pengelola situs di instansi yang menayangkan SiapMitra, dengan menyebut alamat halaman dan bagian yang dimaksud. Koreksi atas fakta akan dicatat pada tanggal pembaruan halaman.",
  "about.backHome": "Kembali ke beranda",
} as const;
