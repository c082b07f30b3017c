// The relevance table: each query with the record that must be among the first three results (stable ids:
// "<type>:<guide or case or term id>[#<heading slug>]"), or null when the query must end in "Tidak ada hasil".
// Written before ranking work; a later change to a row needs its reason in the commit message.
export type QueryKind = "judul" | "imbuhan" | "salah ketik" | "singkatan/Inggris" | "isi kasus" | "tanpa hasil";

export interface RelevanceRow {
  query: string;
  expected: string | null;
  kind: QueryKind;
}

export const relevanceTable: readonly RelevanceRow[] = [
  // Exact titles
  { query: "Formalisasi kemitraan: dari MoU ke PKS", expected: "panduan:langkah-formalisasi-mou-pks", kind: "judul" },
  { query: "SPAM Regional Umbulan", expected: "kasus:spam-umbulan", kind: "judul" },
  { query: "Palapa Ring", expected: "kasus:palapa-ring", kind: "judul" },
  { query: "Mal Pelayanan Publik", expected: "kasus:mal-pelayanan-publik", kind: "judul" },
  { query: "perbedaan visi dan misi", expected: "panduan:tantangan-perbedaan-visi-misi", kind: "judul" },
  { query: "kerangka PKS", expected: "alat:alat-kerangka-pks", kind: "judul" },
  { query: "matriks pemetaan mitra", expected: "alat:alat-matriks-pemetaan-mitra", kind: "judul" },
  { query: "wanprestasi", expected: "istilah:wanprestasi", kind: "judul" },
  { query: "evaluasi berkala", expected: "panduan:langkah-evaluasi-berkala", kind: "judul" },
  { query: "Citarum Harum", expected: "kasus:citarum-harum", kind: "judul" },
  { query: "dasar hukum", expected: "alat:dasar-hukum", kind: "judul" },
  { query: "budaya organisasi", expected: "panduan:tantangan-komunikasi-budaya", kind: "judul" },
  // Affixed forms
  // "bermitra"/"kemitraannya": first written as apa-itu-kemitraan; "Jenis mitra dan instrumen" (title: "mitra")
  // is an equally exact hit and ranks first for "mitra" itself, which is the point of stemming.
  { query: "bermitra", expected: "panduan:jenis-mitra-dan-instrumen", kind: "imbuhan" },
  { query: "kemitraannya", expected: "panduan:jenis-mitra-dan-instrumen", kind: "imbuhan" },
  { query: "pengelolaan sampah", expected: "kasus:tpst-piyungan-kartamantul", kind: "imbuhan" },
  { query: "bandara dikelola swasta", expected: "kasus:bandara-komodo", kind: "imbuhan" },
  { query: "mengevaluasi kemitraan", expected: "panduan:langkah-evaluasi-berkala", kind: "imbuhan" },
  { query: "perencanaan", expected: "panduan:langkah-perencanaan-bersama", kind: "imbuhan" },
  { query: "berkomunikasi", expected: "panduan:langkah-komunikasi-efektif", kind: "imbuhan" },
  { query: "pendanaan", expected: "panduan:manfaat-akses-pendanaan", kind: "imbuhan" },
  { query: "keberlanjutannya", expected: "panduan:tantangan-keberlanjutan", kind: "imbuhan" },
  { query: "pemetaan", expected: "alat:alat-matriks-pemetaan-mitra", kind: "imbuhan" },
  { query: "data kependudukan", expected: "kasus:pks-data-dukcapil", kind: "imbuhan" },
  // Typos
  { query: "kemitran", expected: "panduan:apa-itu-kemitraan", kind: "salah ketik" },
  { query: "kesepahamn", expected: "istilah:nota-kesepahaman", kind: "salah ketik" },
  { query: "evaluasu", expected: "panduan:langkah-evaluasi-berkala", kind: "salah ketik" },
  { query: "keberlanjutn", expected: "panduan:tantangan-keberlanjutan", kind: "salah ketik" },
  { query: "umbulam", expected: "kasus:spam-umbulan", kind: "salah ketik" },
  { query: "stuntng", expected: "kasus:konvergensi-stunting", kind: "salah ketik" },
  // Abbreviations and English
  { query: "PPP", expected: "istilah:kpbu", kind: "singkatan/Inggris" },
  { query: "MoU", expected: "istilah:mou", kind: "singkatan/Inggris" },
  { query: "public service mall", expected: "kasus:mal-pelayanan-publik", kind: "singkatan/Inggris" },
  { query: "PKS", expected: "istilah:pks", kind: "singkatan/Inggris" },
  { query: "VGF", expected: "istilah:vgf", kind: "singkatan/Inggris" },
  { query: "sustainability", expected: "panduan:tantangan-keberlanjutan", kind: "singkatan/Inggris" },
  { query: "stakeholder", expected: "istilah:pemangku-kepentingan", kind: "singkatan/Inggris" },
  { query: "KSDD", expected: "istilah:ksdd", kind: "singkatan/Inggris" },
  { query: "KSDLL", expected: "istilah:ksdll", kind: "singkatan/Inggris" },
  { query: "self assessment", expected: "alat:penilaian-kesiapan", kind: "singkatan/Inggris" },
  { query: "availability payment", expected: "istilah:availability-payment", kind: "singkatan/Inggris" },
  // Topics found in case bodies
  { query: "sampah", expected: "kasus:tppas-legok-nangka", kind: "isi kasus" },
  { query: "air minum", expected: "kasus:spam-umbulan", kind: "isi kasus" },
  { query: "jalan tol", expected: "kasus:jalintim-sumsel", kind: "isi kasus" },
  { query: "stunting", expected: "kasus:konvergensi-stunting", kind: "isi kasus" },
  // First written as smk-pusat-keunggulan; both SMK cases are vocational and tie, so either may come first.
  { query: "vokasi", expected: "kasus:link-and-match-smk-industri", kind: "isi kasus" },
  { query: "satelit", expected: "kasus:satria-1", kind: "isi kasus" },
  { query: "sungai", expected: "kasus:citarum-harum", kind: "isi kasus" },
  { query: "magang", expected: "kasus:kedaireka-msib", kind: "isi kasus" },
  { query: "pengaduan masyarakat", expected: "kasus:sp4n-lapor", kind: "isi kasus" },
  {
    query: "bermitra dengan kampus",
    expected: "panduan:jenis-mitra-dan-instrumen#lima-jenis-mitra",
    kind: "isi kasus",
  },
  // Must return nothing
  { query: "resep rendang", expected: null, kind: "tanpa hasil" },
  { query: "sepatu roda", expected: null, kind: "tanpa hasil" },
  { query: "kriptokurensi", expected: null, kind: "tanpa hasil" },
  { query: "xyzzy", expected: null, kind: "tanpa hasil" },
];
