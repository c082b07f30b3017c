// Words every self-assessment island shares: answers, bands, statuses, printing, loading a bank.
export default {
  "assessment.answer.tb": "Tidak berlaku",
  "assessment.answer.tt": "Tidak tahu",
  "assessment.answer.none": "Belum dijawab",
  "assessment.band.none": "Data belum cukup",
  "assessment.band.unknown": "Data belum cukup (banyak Tidak tahu)",
  "assessment.band.notApplicable": "Tidak berlaku",
  "assessment.status.belum": "Belum mulai",
  "assessment.status.berjalan": "Berjalan",
  "assessment.status.selesai": "Selesai",
  "assessment.untitled": "Penilaian tanpa nama",
  "assessment.agreedTitle": "{title} (skor kesepakatan, {n} responden)",
  "assessment.bankMissing":
    "Kuesioner {id} versi {version} tidak dapat dimuat dari situs ini. Periksa sambungan, lalu muat ulang halaman.",
  "assessment.print.unavailable":
    "Peramban ini tidak dapat mencetak. Buka halaman ini di Chrome, Firefox, Safari, atau Edge (jawaban tersimpan di perangkat ini), lalu pilih Cetak atau Simpan sebagai PDF.",
  // The printed report's footer: "{title} · {agency} · {date}" on the left, the page number on the right.
  "assessment.print.footer": "{title} · {agency} · {date}",
  "assessment.print.footerNoAgency": "{title} · {date}",
  "assessment.print.pageOf": "Halaman {page} dari {pages}",
  "assessment.preparingResults": "Menyiapkan hasil…",
  "assessment.delete": "Hapus",
  "assessment.cancel": "Batal",
} as const;
