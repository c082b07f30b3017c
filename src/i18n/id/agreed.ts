// The agreed team score ("Skor kesepakatan") recorded after comparing respondents on /penilaian/bandingkan/.
export default {
  "agreed.problem.tooFew": "Skor kesepakatan memerlukan jawaban sedikitnya dua responden; baru {n} yang dimuat.",
  "agreed.problem.tooMany": "Skor kesepakatan dapat disusun dari paling banyak {max} responden.",
  "agreed.problem.otherBank":
    "Semua jawaban harus dari kuesioner dan versi yang sama: ada hasil {got}, sedangkan skor kesepakatan ini memakai {want}.",
  "agreed.problem.fromAgreed":
    "Salah satu hasil yang dimuat sudah berupa skor kesepakatan. Skor kesepakatan hanya disusun dari jawaban perorangan: hapus hasil itu dari daftar responden.",
  "agreed.problem.choice": "Pilihan untuk pernyataan {id} tidak tersedia pada pernyataan itu.",
  "agreed.intro":
    "Untuk setiap pernyataan tampil sebaran jawaban para responden (hanya jumlahnya, tanpa nama). Setelah dibahas, pilih skor yang disepakati dan tulis catatan singkat alasannya.",
  "agreed.startRule":
    "Titik awal diskusi adalah nilai tengah (median) jawaban 1–5; bila jumlah jawabannya genap, dipakai yang lebih rendah dari dua nilai tengah. Titik awal bukan skor kesepakatan.",
  "agreed.step": "Langkah {step} dari {steps}: {name}",
  "agreed.progress": "{done} dari {total} pernyataan sudah diberi skor kesepakatan.",
  "agreed.key": "Butir kunci",
  "agreed.spread.title": "Jawaban {n} responden:",
  "agreed.spread.count": "{n} orang",
  "agreed.start": "Titik awal diskusi: {level}.",
  "agreed.start.none": "Tanpa titik awal: tidak ada jawaban 1–5.",
  "agreed.evidence": "Bukti yang dicentang responden (ikut disimpan): {list}.",
  "agreed.evidence.item": "{label} ({n})",
  "agreed.evidence.notes": "Catatan bukti dari responden ({n})",
  "agreed.evidence.note": "{label}: {text}",
  "agreed.choice": "Skor yang disepakati",
  "agreed.clear": "Kosongkan pilihan",
  "agreed.clearFor": "untuk pernyataan {n}",
  "agreed.note": "Catatan kesepakatan (maksimal {max} karakter)",
  "agreed.back": "Sebelumnya",
  "agreed.next": "Berikutnya",
  "agreed.toSave": "Ke langkah simpan",
  "agreed.save.title": "Simpan skor kesepakatan",
  "agreed.save.intro":
    "Skor kesepakatan disimpan sebagai penilaian tersendiri di riwayat perangkat ini, ditandai sebagai skor kesepakatan beserta jumlah respondennya. Yang disimpan hanya jumlah jawaban per pilihan, tanpa nama dan tanpa jawaban perorangan.",
  "agreed.context.instansi": "Instansi penyelenggara rapat",
  "agreed.context.kemitraan": "Kemitraan yang dinilai",
  "agreed.context.tanggal": "Tanggal rapat",
  "agreed.missing":
    "{n} pernyataan belum diberi skor kesepakatan; di laporan pernyataan itu dihitung sebagai belum dijawab.",
  "agreed.missing.goto": "{name}: {n} belum",
  "agreed.allDone": "Semua {total} pernyataan sudah diberi skor kesepakatan.",
  "agreed.save": "Simpan ke riwayat",
  "agreed.saveAgain": "Simpan perubahan",
  "agreed.saved": "Skor kesepakatan dari {n} responden tersimpan di riwayat perangkat ini.",
  "agreed.open": "Buka hasilnya",
  "agreed.history": "Lihat riwayat",
  "agreed.unsaved": "Ada perubahan yang belum disimpan.",
  "agreed.failed":
    "Skor kesepakatan belum tersimpan. {reason} Isian Anda tetap ada di halaman ini: coba simpan lagi, atau unduh berkas JSON lalu impor di halaman Riwayat.",
  "agreed.invalid": "Skor kesepakatan tidak dapat disusun: {reason}",
  "agreed.download": "Unduh berkas JSON",
  "agreed.downloadFailed": "Peramban ini tidak dapat membuat berkas unduhan.",
} as const;
