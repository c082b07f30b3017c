// Every route the code links to, in one table: a renamed route is one edit, and links can never drift apart.
// Paths are site-absolute without the base path; wrap them in withBase() when rendering.

const enc = encodeURIComponent;

export const routes = {
  home: "/",
  guides: "/panduan/",
  guide: (id: string, anchor?: string) => `/panduan/${id}/${anchor ? `#${anchor}` : ""}`,
  legalBasis: "/panduan/dasar-hukum/",
  regulation: (id: string) => `/panduan/dasar-hukum/#${id}`,
  cases: "/studi-kasus/",
  case: (id: string) => `/studi-kasus/${id}/`,
  caseFacet: (facet: string, value: string) => `/studi-kasus/${facet}/${value}/`,
  caseData: "/studi-kasus/data.json",
  caseFeed: "/studi-kasus/rss.xml",
  glossary: "/glosarium/",
  term: (id: string) => `/glosarium/#${id}`,
  search: "/cari/",
  searchFor: (query: string) => `/cari/?q=${enc(query.trim())}`,
  about: "/tentang/",
  aboutSection: (anchor: string) => `/tentang/#${anchor}`,
  templateCsv: (id: string) => `/unduh/${id}.csv`,
  assessment: "/penilaian/",
  questionnaire: (bankId: string) => `/penilaian/${bankId}/`,
  bankData: (key: string) => `/penilaian/data/${key}.json`,
  methodology: "/penilaian/metodologi/",
  history: "/penilaian/riwayat/",
  resultPage: "/penilaian/hasil/",
  localResult: (id: string) => `/penilaian/hasil/#lokal=${enc(id)}`,
  compare: "/penilaian/bandingkan/",
  localCompare: (ids: readonly string[]) => `/penilaian/bandingkan/#lokal=${ids.map(enc).join(",")}`,
} as const;
