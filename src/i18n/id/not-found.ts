// The 404 page.
export default {
  "notFound.title": "Halaman tidak ditemukan",
  "notFound.description": "Halaman yang Anda cari tidak ada di SiapMitra.",
  "notFound.text":
    "Maaf, alamat yang Anda buka tidak ada atau sudah dipindahkan. Periksa kembali ejaannya, atau lanjutkan dari salah satu halaman berikut:",
  "notFound.home": "Beranda",
  "notFound.guides": "Panduan kemitraan",
  "notFound.cases": "Studi kasus",
  "notFound.assessment": "Penilaian mandiri",
  "notFound.search": "Pencarian",
} as const;
