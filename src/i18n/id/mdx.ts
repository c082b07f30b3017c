// The components guides and cases use inside their text (docs/authoring.md): boxes, tables and templates.
export default {
  "mdx.summary": "Ringkasan",
  "mdx.note": "Catatan",
  // A wide table's scrolling region, numbered so every region on the page has its own name.
  "mdx.table": "Tabel {n}",

  // A fill-in template (<Templat>) and its worked examples (<TemplatContoh>)
  "mdx.template.title": "Templat: {title}",
  "mdx.template.download": "Unduh templat kosong (CSV)",
  "mdx.template.downloadHint":
    "{n} kolom dipisah titik koma, untuk Excel atau LibreOffice. Untuk versi kertas, cetak halaman ini: tabel mulai di halaman baru.",
  // The lines above the table on paper, to fill in by hand.
  "mdx.template.printPartnership": "Kemitraan:",
  "mdx.template.printDate": "Tanggal:",
  "mdx.template.printAuthor": "Disusun oleh:",
  "mdx.template.examples": "Contoh pengisian: {title}",
} as const;
