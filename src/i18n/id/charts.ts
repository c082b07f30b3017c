// The radar charts' words: how each series' line is drawn (for readers who cannot tell colours apart).
export default {
  "charts.pattern.0": "garis utuh, titik bulat",
  "charts.pattern.1": "garis putus panjang, titik kotak",
  "charts.pattern.2": "garis titik-titik, titik segitiga",
  "charts.pattern.3": "garis titik-strip, titik belah ketupat",
  "charts.pattern.4": "garis putus pendek, titik bintang",
  "charts.pattern.5": "garis putus renggang, titik silang",
  "charts.pattern.6": "garis rapat, titik kotak bulat",
  "charts.pattern.7": "garis strip-titik, titik tambah",
  "charts.seriesFallback": "Grafik radar tidak dapat dimuat; angka lengkap ada di tabel.",
} as const;
