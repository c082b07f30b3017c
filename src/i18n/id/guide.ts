// Guides: the index /panduan/, a section page (/panduan/<section>/) and a guide page (header, contents, pager,
// related pages, the invitation to the self-assessment).
export default {
  "guide.crumb": "Panduan",

  // The index /panduan/
  "guide.index.title": "Panduan kemitraan",
  "guide.index.description":
    "Panduan lengkap program kemitraan dengan instansi terkait: pendahuluan, manfaat, tantangan, langkah implementasi, dan alat kerja.",
  "guide.index.intro":
    "Baca berurutan dari pendahuluan sampai alat kerja, atau langsung ke bagian yang Anda perlukan. Setiap panduan memuat ringkasan, contoh nyata dari Indonesia, dan daftar sumber.",

  // The sections of /panduan/ (ids from guideSections): the title, and the paragraph on the section page and the index.
  "guide.section.pendahuluan.title": "Pendahuluan",
  "guide.section.pendahuluan.intro":
    "Apa itu program kemitraan dengan instansi terkait, siapa saja calon mitranya, instrumen yang dipakai untuk mengikatnya, dan cara memakai studi kasus di situs ini.",
  "guide.section.manfaat.title": "Manfaat kemitraan",
  "guide.section.manfaat.intro":
    "Empat manfaat utama kemitraan bagi instansi pemerintah: efisiensi melalui berbagi sumber daya, akses pengetahuan dan inovasi, kredibilitas di mata publik, dan akses pendanaan dari luar. Setiap panduan menjelaskan cara mewujudkan dan mengukurnya.",
  "guide.section.tantangan.title": "Tantangan kemitraan",
  "guide.section.tantangan.intro":
    "Empat masalah yang paling sering membuat kemitraan tersendat: perbedaan visi dan misi, komunikasi dan budaya organisasi, komitmen sumber daya, serta keberlanjutan. Setiap panduan memuat tanda peringatan, pencegahan, dan langkah bila masalah sudah terjadi.",
  "guide.section.langkah.title": "Langkah implementasi",
  "guide.section.langkah.intro":
    "Lima langkah menjalankan kemitraan dari awal sampai mapan: identifikasi kebutuhan dan calon mitra, perencanaan bersama, komunikasi yang efektif, evaluasi berkala, dan formalisasi melalui MoU dan PKS.",
  "guide.section.alat.title": "Alat kerja",
  "guide.section.alat.intro":
    "Templat siap cetak dan siap unduh (CSV) untuk rapat bersama mitra, serta kerangka beranotasi Kesepakatan Bersama/MoU dan Perjanjian Kerja Sama.",

  // A section page, and a section without guides yet (also on the index)
  "guide.section.empty": "Panduan untuk bagian ini sedang disusun.",
  // What the offline button saves, inside its messages ("Menyimpan {what} …").
  "guide.section.offlineWhat": "{n} panduan di bagian ini",

  // A guide page; "Diperbarui" is followed by the date.
  "guide.page.updated": "Diperbarui",
  "guide.page.readingTime": "{n} menit baca",
  "guide.page.casesHeading": "Studi kasus yang menggambarkan panduan ini",
  "guide.page.relatedHeading": "Panduan terkait",
  "guide.page.inviteHeading": "Seberapa siap kemitraan Anda?",
  "guide.page.inviteText":
    "Jawab kuesioner penilaian mandiri (sekitar {min}–{max} menit). Hasilnya langsung tampil dan tidak pernah meninggalkan perangkat Anda.",
  "guide.page.inviteAction": "Mulai penilaian mandiri",
  "guide.toc": "Daftar isi",
  "guide.pager.label": "Panduan sebelumnya dan berikutnya",
  "guide.pager.prev": "Sebelumnya",
  "guide.pager.next": "Berikutnya",
} as const;
