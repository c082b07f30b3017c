// The relevance table: each query with the page that must be among the first three results (stable ids:
// "<type>:<guide or case or term id>"; with "#<heading slug>" the row must link to that section), or null when
// the query must end in "Tidak ada hasil". `first` rows must put the page first (a glossary term, its
// abbreviation or a synonym of one puts its entry first). A later change to a row needs its reason in the commit.
export type QueryKind =
  "judul" | "imbuhan" | "salah ketik" | "singkatan/Inggris" | "isi kasus" | "pertanyaan" | "sebagian" | "tanpa hasil";

export interface RelevanceRow {
  query: string;
  expected: string | null;
  kind: QueryKind;
  first?: true;
}

export const relevanceTable: readonly RelevanceRow[] = [
  // Exact titles
  { query: "Formalisasi kemitraan: dari MoU ke PKS", expected: "panduan:langkah-formalisasi-mou-pks", kind: "judul" },
  { query: "SPAM Regional Umbulan", expected: "kasus:spam-umbulan", kind: "judul", first: true },
  { query: "Palapa Ring", expected: "kasus:palapa-ring", kind: "judul", first: true },
  { query: "Mal Pelayanan Publik", expected: "kasus:mal-pelayanan-publik", kind: "judul" },
  { query: "perbedaan visi dan misi", expected: "panduan:tantangan-perbedaan-visi-misi", kind: "judul" },
  { query: "kerangka PKS", expected: "alat:alat-kerangka-pks", kind: "judul" },
  { query: "matriks pemetaan mitra", expected: "alat:alat-matriks-pemetaan-mitra", kind: "judul" },
  { query: "wanprestasi", expected: "istilah:wanprestasi", kind: "judul", first: true },
  { query: "evaluasi berkala", expected: "panduan:langkah-evaluasi-berkala", kind: "judul" },
  { query: "Citarum Harum", expected: "kasus:citarum-harum", kind: "judul", first: true },
  { query: "dasar hukum", expected: "alat:dasar-hukum", kind: "judul" },
  { query: "budaya organisasi", expected: "panduan:tantangan-komunikasi-budaya", kind: "judul" },
  // Changed from "alat:penilaian-kesiapan" (one tool record pointing at /penilaian/): each questionnaire is now its
  // own result at /penilaian/kesiapan/ and /penilaian/kesehatan/.
  { query: "Kesiapan Kemitraan", expected: "penilaian:kesiapan", kind: "judul", first: true },
  { query: "Kesehatan Kemitraan", expected: "penilaian:kesehatan", kind: "judul", first: true },
  { query: "rencana keberlanjutan", expected: "alat:alat-rencana-keberlanjutan", kind: "judul" },
  { query: "Apa itu kemitraan?", expected: "panduan:apa-itu-kemitraan", kind: "judul" },
  // Affixed forms
  // "bermitra"/"kemitraannya"/"kemitran": first written as apa-itu-kemitraan, then jenis-mitra-dan-instrumen. Every
  // page of the site is about kemitraan; in one ranking across types the short titles that name it lead (the tools
  // "Matriks pemetaan mitra" and "Kerangka evaluasi kemitraan"). The forms are also checked against their root below.
  { query: "bermitra", expected: "alat:alat-matriks-pemetaan-mitra", kind: "imbuhan" },
  { query: "kemitraannya", expected: "alat:alat-matriks-pemetaan-mitra", kind: "imbuhan" },
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
  { query: "kemitran", expected: "alat:alat-matriks-pemetaan-mitra", kind: "salah ketik" },
  { query: "kesepahamn", expected: "istilah:nota-kesepahaman", kind: "salah ketik" },
  { query: "evaluasu", expected: "panduan:langkah-evaluasi-berkala", kind: "salah ketik" },
  { query: "keberlanjutn", expected: "panduan:tantangan-keberlanjutan", kind: "salah ketik" },
  { query: "umbulam", expected: "kasus:spam-umbulan", kind: "salah ketik" },
  { query: "stuntng", expected: "kasus:konvergensi-stunting", kind: "salah ketik" },
  { query: "wanprestsi", expected: "istilah:wanprestasi", kind: "salah ketik" },
  { query: "pemangku kepentngan", expected: "istilah:pemangku-kepentingan", kind: "salah ketik" },
  // Abbreviations and English
  { query: "PPP", expected: "istilah:kpbu", kind: "singkatan/Inggris", first: true },
  { query: "KPBU", expected: "istilah:kpbu", kind: "singkatan/Inggris", first: true },
  { query: "MoU", expected: "istilah:mou", kind: "singkatan/Inggris", first: true },
  { query: "memorandum of understanding", expected: "istilah:mou", kind: "singkatan/Inggris", first: true },
  { query: "public service mall", expected: "kasus:mal-pelayanan-publik", kind: "singkatan/Inggris" },
  { query: "PKS", expected: "istilah:pks", kind: "singkatan/Inggris", first: true },
  { query: "VGF", expected: "istilah:vgf", kind: "singkatan/Inggris", first: true },
  { query: "viability gap funding", expected: "istilah:vgf", kind: "singkatan/Inggris", first: true },
  { query: "sustainability", expected: "panduan:tantangan-keberlanjutan", kind: "singkatan/Inggris" },
  { query: "stakeholder", expected: "istilah:pemangku-kepentingan", kind: "singkatan/Inggris", first: true },
  { query: "stakeholder mapping", expected: "alat:alat-matriks-pemetaan-mitra", kind: "singkatan/Inggris" },
  {
    query: "stakeholder analysis",
    expected: "panduan:langkah-identifikasi-kebutuhan-mitra",
    kind: "singkatan/Inggris",
  },
  { query: "KSDD", expected: "istilah:ksdd", kind: "singkatan/Inggris", first: true },
  { query: "KSDLL", expected: "istilah:ksdll", kind: "singkatan/Inggris" },
  { query: "self assessment", expected: "penilaian:kesiapan", kind: "singkatan/Inggris" },
  { query: "availability payment", expected: "istilah:availability-payment", kind: "singkatan/Inggris", first: true },
  { query: "exit strategy", expected: "alat:alat-rencana-keberlanjutan", kind: "singkatan/Inggris" },
  { query: "breach of contract", expected: "istilah:wanprestasi", kind: "singkatan/Inggris", first: true },
  { query: "force majeure", expected: "istilah:force-majeure", kind: "singkatan/Inggris", first: true },
  { query: "key performance indicator", expected: "istilah:iku", kind: "singkatan/Inggris", first: true },
  { query: "service level agreement", expected: "istilah:sla", kind: "singkatan/Inggris", first: true },
  { query: "matching fund", expected: "istilah:matching-fund", kind: "singkatan/Inggris", first: true },
  {
    query: "kerja sama pemerintah dengan badan usaha",
    expected: "istilah:kpbu",
    kind: "singkatan/Inggris",
    first: true,
  },
  { query: "perjanjian kerja sama", expected: "istilah:pks", kind: "singkatan/Inggris", first: true },
  { query: "cedera janji", expected: "istilah:wanprestasi", kind: "singkatan/Inggris", first: true },
  { query: "dispute resolution", expected: "alat:alat-kerangka-pks", kind: "singkatan/Inggris" },
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
  // "bermitra dengan kampus": first written as the guide section "Lima jenis mitra". In one ranking across types the
  // cases of campus partnerships come first (Kedaireka–MSIB and, since cases2, three research cases), which is what
  // issue 20 asks for; the section link is checked by the row after it.
  { query: "bermitra dengan kampus", expected: "kasus:kedaireka-msib", kind: "isi kasus" },
  {
    query: "kerja sama dengan perguruan tinggi",
    expected: "panduan:jenis-mitra-dan-instrumen#lima-jenis-mitra",
    kind: "isi kasus",
  },
  // Results used to be grouped by type with guides first, so a case that answers the query came after several
  // sections of one guide (the forms of "magang mahasiswa" and "bermitra dengan industri").
  { query: "magang mahasiswa", expected: "kasus:kedaireka-msib", kind: "isi kasus", first: true },
  { query: "program magang untuk mahasiswa", expected: "kasus:kedaireka-msib", kind: "isi kasus" },
  { query: "bermitra dengan industri", expected: "kasus:link-and-match-smk-industri", kind: "isi kasus" },
  { query: "kerja sama sekolah dengan industri", expected: "kasus:link-and-match-smk-industri", kind: "isi kasus" },
  { query: "riset bersama industri", expected: "kasus:brin-kolaborasi-industri", kind: "isi kasus" },
  { query: "lampu jalan hemat energi", expected: "kasus:pju-kpbu", kind: "isi kasus" },
  { query: "rumah layak huni", expected: "kasus:csr-rumah-layak-huni-kaltim", kind: "isi kasus" },
  // Natural questions: question words and fillers are not terms ("cara", "apa", "arti", "contoh" …)
  { query: "arti wanprestasi", expected: "istilah:wanprestasi", kind: "pertanyaan", first: true },
  { query: "apa arti cedera janji?", expected: "istilah:wanprestasi", kind: "pertanyaan", first: true },
  { query: "pengertian KPBU", expected: "istilah:kpbu", kind: "pertanyaan", first: true },
  { query: "apa itu force majeure", expected: "istilah:force-majeure", kind: "pertanyaan", first: true },
  { query: "contoh MoU", expected: "alat:alat-kerangka-mou", kind: "pertanyaan" },
  {
    query: "cara memilih mitra yang tepat",
    expected: "panduan:langkah-identifikasi-kebutuhan-mitra",
    kind: "pertanyaan",
  },
  {
    query: "bagaimana mencari calon mitra",
    expected: "panduan:langkah-identifikasi-kebutuhan-mitra",
    kind: "pertanyaan",
  },
  { query: "bagaimana cara mengevaluasi kemitraan", expected: "panduan:langkah-evaluasi-berkala", kind: "pertanyaan" },
  { query: "cara menyusun PKS", expected: "alat:alat-kerangka-pks", kind: "pertanyaan" },
  {
    query: "mengapa kemitraan berhenti setelah diresmikan",
    expected: "panduan:tantangan-keberlanjutan",
    kind: "pertanyaan",
  },
  // Partial matches: when requiring every word finds little, the pages that match most of the query still show
  { query: "internet desa terpencil", expected: "kasus:satria-1", kind: "sebagian" },
  { query: "akses internet di daerah terpencil", expected: "kasus:satria-1", kind: "sebagian" },
  { query: "satelit untuk sekolah di pelosok", expected: "kasus:satria-1", kind: "sebagian" },
  { query: "penjaminan proyek jalan tol", expected: "kasus:jalintim-sumsel", kind: "sebagian" },
  { query: "monitoring program stunting di desa", expected: "kasus:konvergensi-stunting", kind: "sebagian" },
  // Must return nothing
  { query: "resep rendang", expected: null, kind: "tanpa hasil" },
  { query: "sepatu roda", expected: null, kind: "tanpa hasil" },
  { query: "kriptokurensi", expected: null, kind: "tanpa hasil" },
  { query: "xyzzy", expected: null, kind: "tanpa hasil" },
  { query: "harga tiket konser", expected: null, kind: "tanpa hasil" },
  { query: "jadwal sepak bola", expected: null, kind: "tanpa hasil" },
];
