// Printing: the message where a browser cannot print, and the printed pages' running footer. Its own small area so
// every page with a print button (the register too) carries only these words.
export default {
  "print.unavailable":
    "Peramban ini tidak dapat mencetak. Buka halaman ini di Chrome, Firefox, Safari, atau Edge (jawaban tersimpan di perangkat ini), lalu pilih Cetak atau Simpan sebagai PDF.",
  // The printed report's footer: "{title} · {agency} · {date}" on the left, the page number on the right.
  "print.footer": "{title} · {agency} · {date}",
  "print.footerNoAgency": "{title} · {date}",
  "print.pageOf": "Halaman {page} dari {pages}",
} as const;
