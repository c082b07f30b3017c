// The questionnaire: the paper form, the steps, the review and the results step's own controls.
export default {
  "questionnaire.form.label": "Formulir {title}",
  "questionnaire.nojs.title": "Penilaian otomatis membutuhkan JavaScript.",
  "questionnaire.nojs.body":
    "Tanpa JavaScript Anda tetap dapat membaca dan mencetak formulir ini untuk diisi di atas kertas dalam rapat, lalu menghitung skornya dengan rumus di <metodologi>halaman metodologi</metodologi>. Bila formulir di bawah tidak lengkap (skrip diblokir), buka <formulir>formulir kertas</formulir>.",
  "questionnaire.static.more":
    "Rujukan perencanaan, petunjuk pengisian, dan pernyataan {dimensions} dimensi muncul di sini begitu penilaian otomatis siap. Bila tidak kunjung muncul, muat ulang halaman ini, atau buka <formulir>formulir kertas</formulir> untuk dicetak.",
  "questionnaire.context.title": "Konteks penilaian (opsional)",
  "questionnaire.context.help": "Isian ini hanya muncul di laporan dan hanya tersimpan di perangkat ini.",
  "questionnaire.context.agency": "Nama instansi",
  "questionnaire.context.partnership": "Nama kemitraan",
  "questionnaire.context.partnerType": "Jenis kemitraan",
  "questionnaire.context.choose": "Pilih (opsional)",
  "questionnaire.context.date": "Tanggal penilaian",
  "questionnaire.item.key": "Butir kunci",
  "questionnaire.item.about.instansi": "tentang instansi Anda",
  "questionnaire.item.about.kemitraan": "tentang kemitraan secara keseluruhan",
  "questionnaire.item.reason": "Mengapa tidak berlaku? Tulis alasan singkat (muncul di laporan).",
  "questionnaire.item.reasonPaper": "Bila tidak berlaku, alasannya:",
  "questionnaire.scaleGuide": "Arti setiap tingkat jawaban",
  "questionnaire.instructions": "Cara menjawab",
  "questionnaire.item.evidence": "Bukti yang sudah ada (opsional)",
  "questionnaire.item.note": "Catatan bukti (opsional): nomor dan tanggal dokumen, atau tautannya",
  "questionnaire.item.notePaper": "Catatan (nomor, tanggal, atau tautan dokumen):",
  // Planning references: a folded group in the context step, every field optional.
  "questionnaire.planning.title": "{title} (opsional)",
  "questionnaire.planning.help":
    "Catat dokumen yang mengikat kemitraan ini pada rencana dan anggaran instansi. Semua isian boleh dikosongkan; yang diisi muncul di laporan dan ikut dalam berkas ekspor.",
  "questionnaire.planning.partnersMeaning":
    "Setiap pihak yang bekerja sama dengan instansi Anda dalam kemitraan ini, dengan jenis kemitraannya.",
  "questionnaire.planning.instrumentMeaning":
    "Dokumen yang ditandatangani para pihak: Nota Kesepahaman (MoU), Perjanjian Kerja Sama (PKS), atau bentuk lain, dengan nomor, tanggal penandatanganan, dan tanggal berakhirnya.",
  "questionnaire.planning.targetMeaning":
    "Sasaran (atau indikatornya) dalam Rencana Pembangunan Jangka Menengah Daerah (RPJMD) atau Rencana Strategis (Renstra) instansi yang ikut dicapai melalui kemitraan ini.",
  "questionnaire.planning.programTerm": "Program, kegiatan, dan sub-kegiatan",
  "questionnaire.planning.programMeaning":
    "Nama program, kegiatan, dan sub-kegiatan tempat kemitraan ini dijalankan, ditulis persis seperti dalam dokumen perencanaan dan anggaran instansi.",
  "questionnaire.planning.budgetMeaning":
    "Rincian dalam Rencana Kerja dan Anggaran (RKA) atau Dokumen Pelaksanaan Anggaran (DPA) yang membiayai bagian instansi Anda, misalnya kode dan nama sub-kegiatan atau rekening belanjanya.",
  "questionnaire.planning.partnerName": "Nama mitra {n}",
  "questionnaire.planning.partnerType": "Jenis kemitraan dengan mitra {n}",
  "questionnaire.planning.addPartner": "Tambah mitra",
  "questionnaire.planning.removePartner": "Hapus mitra {n}",
  "questionnaire.planning.maxPartners": "Paling banyak {max} mitra.",
  "questionnaire.planning.datesNotSaved": "Kedua tanggal belum disimpan sampai diperbaiki.",
  "questionnaire.planning.target": "Sasaran RPJMD/Renstra yang didukung",
  "questionnaire.planning.budgetLine": "Baris RKA/DPA untuk bagian instansi Anda",
  "questionnaire.loadFailed":
    "Data kuesioner tidak dapat dimuat, jadi penilaian otomatis belum tersedia. Formulir di bawah tetap dapat diisi di atas kertas; coba muat ulang halaman ini nanti.",
  "questionnaire.otherVersion":
    "Penilaian tersimpan memakai versi lain dari kuesioner ini; penilaian baru dimulai dan data lama tetap disimpan.",
  "questionnaire.resume.title": "Lanjutkan penilaian sebelumnya?",
  "questionnaire.resume.body":
    "Di perangkat ini tersimpan penilaian {forAgency}dengan {answered} dari {total} pernyataan dijawab{done}.",
  "questionnaire.resume.forAgency": "untuk {agency} ",
  "questionnaire.resume.done": " (sudah sampai hasil)",
  "questionnaire.resume.continue": "Lanjutkan",
  "questionnaire.resume.restart": "Mulai dari awal",
  "questionnaire.resume.restartNote": '"Mulai dari awal" menghapus jawaban tersimpan untuk kuesioner ini.',
  "questionnaire.progress": "Langkah {step} dari {steps} · {answered} dari {total} pernyataan dijawab",
  "questionnaire.back": "Kembali",
  "questionnaire.next": "Lanjut",
  "questionnaire.toReview": "Periksa jawaban",
  "questionnaire.toResults": "Lihat hasil",
  "questionnaire.printBlank": "Cetak formulir kosong",
  "questionnaire.review.title": "Periksa jawaban",
  "questionnaire.review.preparing": "Menyiapkan daftar jawaban…",
  "questionnaire.review.complete":
    'Semua {total} pernyataan sudah dijawab. Pilih "Lihat hasil" untuk melihat skor dan prioritas.',
  "questionnaire.review.incomplete":
    '{unanswered} dari {total} pernyataan belum dijawab. Anda tetap dapat melihat hasil; dimensi yang kurang dari separuh pernyataannya dijawab akan ditandai "Data belum cukup".',
  "questionnaire.review.goto": "Jawab pernyataan {dimension}",
  "questionnaire.review.change": "Ubah jawaban {dimension}",
  "questionnaire.results.planHelp": "Ubah, tambah, atau hapus kegiatan; perubahan tersimpan otomatis di perangkat ini.",
  "questionnaire.results.print": "Cetak atau simpan PDF",
  "questionnaire.results.edit": "Ubah jawaban",
  "questionnaire.plan.row": "Kegiatan {n}",
  "questionnaire.plan.activityLabel": "Uraian kegiatan",
  "questionnaire.plan.activity": "Uraian kegiatan {n}",
  "questionnaire.plan.empty":
    "Belum ada kegiatan. Tambahkan kegiatan yang akan dijalankan untuk menindaklanjuti hasil ini.",
  "questionnaire.plan.owner": "Penanggung jawab kegiatan {n}",
  "questionnaire.plan.deadline": "Tenggat kegiatan {n}",
  "questionnaire.plan.status": "Status kegiatan {n}",
  "questionnaire.plan.deleteRow": "kegiatan {n}",
  "questionnaire.plan.add": "Tambah kegiatan",
  "questionnaire.noAdvice": "susun langkah perbaikan bersama mitra.",
} as const;
