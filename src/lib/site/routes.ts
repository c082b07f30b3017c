// Every route the code links to, in one table: a renamed route is one edit, and links can never drift apart.
// Paths are site-absolute without the base path; wrap them in withBase() when rendering. Import the table as a
// namespace (import * as routes) so a bundle keeps only the routes it uses.

const enc = encodeURIComponent;
export const home = "/";
export const guides = "/panduan/";
export const guide = (id: string, anchor?: string) => `/panduan/${id}/${anchor ? `#${anchor}` : ""}`;
export const legalBasis = "/panduan/dasar-hukum/";
export const regulation = (id: string) => `/panduan/dasar-hukum/#${id}`;
export const cases = "/studi-kasus/";
export const caseStudy = (id: string) => `/studi-kasus/${id}/`;
export const caseFacet = (facet: string, value: string) => `/studi-kasus/${facet}/${value}/`;
export const caseData = "/studi-kasus/data.json";
export const caseFeed = "/studi-kasus/rss.xml";
export const glossary = "/glosarium/";
export const term = (id: string) => `/glosarium/#${id}`;
export const search = "/cari/";
export const searchFor = (query: string) => `/cari/?q=${enc(query.trim())}`;
export const about = "/tentang/";
export const aboutSection = (anchor: string) => `/tentang/#${anchor}`;
export const templateCsv = (id: string) => `/unduh/${id}.csv`;
export const assessment = "/penilaian/";
export const questionnaire = (bankId: string) => `/penilaian/${bankId}/`;
export const paperForm = (bankId: string) => `/penilaian/${bankId}/formulir/`;
export const bankData = (key: string) => `/penilaian/data/${key}.json`;
export const methodology = "/penilaian/metodologi/";
export const methodologySection = (anchor: string) => `/penilaian/metodologi/#${anchor}`;
export const history = "/penilaian/riwayat/";
export const register = "/penilaian/daftar/";
export const resultPage = "/penilaian/hasil/";
export const localResult = (id: string) => `/penilaian/hasil/#lokal=${enc(id)}`;
export const compare = "/penilaian/bandingkan/";
export const localCompare = (ids: readonly string[]) => `/penilaian/bandingkan/#lokal=${ids.map(enc).join(",")}`;
