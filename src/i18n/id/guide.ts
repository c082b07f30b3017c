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
    "Jawab kuesioner penilaian mandiri (sekitar 15 menit). Hasilnya langsung tampil dan tidak pernah meninggalkan perangkat Anda.",
  "guide.page.inviteAction": "Mulai penilaian mandiri",
  "guide.toc": "Daftar isi",
  "guide.pager.label": "Panduan sebelumnya dan berikutnya",
  "guide.pager.prev": "Sebelumnya",
  "guide.pager.next": "Berikutnya",
} as const;
