// Reading without a connection: the page the service worker shows for a page never saved (/offline/), and the
// "save for offline" button of a guide section.
export default {
  "offline.page.title": "Tidak ada koneksi internet",
  "offline.page.description":
    "Halaman ini belum tersimpan di perangkat Anda dan tidak dapat dibuka tanpa koneksi internet.",
  "offline.page.crumb": "Tanpa koneksi",
  "offline.page.text":
    "Halaman yang Anda buka belum tersimpan di perangkat ini, sehingga belum dapat ditampilkan tanpa koneksi. Periksa sambungan internet Anda, lalu muat ulang halaman ini.",
  "offline.page.available": "Sementara itu, halaman berikut tetap dapat dibuka tanpa koneksi:",
  "offline.page.home": "Beranda",
  "offline.page.assessment":
    "<penilaian>Penilaian mandiri</penilaian>: kuesioner dan hasilnya berjalan di peramban Anda.",
  "offline.page.visited": "Halaman yang pernah Anda buka sebelumnya di peramban ini.",
  "offline.page.howToSave":
    "Agar satu bagian panduan dapat dibaca di perjalanan, buka halaman bagian tersebut (misalnya <contoh>Langkah kemitraan</contoh>) saat tersambung ke internet, lalu tekan tombol <strong>Simpan untuk dibaca offline</strong>.",

  // The button; {what} names what is saved (e.g. guide.section.offlineWhat). The script fills {saved} and {total}.
  "offline.save.button": "Simpan untuk dibaca offline",
  "offline.save.busy": "Menyimpan {what} …",
  "offline.save.done": "Tersimpan: {what} dapat dibaca di perangkat ini tanpa koneksi internet.",
  "offline.save.partial":
    "{saved} dari {total} halaman tersimpan. Periksa koneksi internet, lalu tekan tombol ini lagi.",
} as const;
