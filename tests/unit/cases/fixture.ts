import type { CaseRecord } from "../../../src/lib/cases/facets";

const base = { summary: "Ringkasan.", themes: ["tata-kelola"], tags: [] as string[] };

/** Five small cases covering multi-valued facets, a running case and a region with a space in its name. */
export const records: CaseRecord[] = [
  {
    ...base,
    id: "umbulan",
    title: "SPAM Umbulan",
    sector: "air-minum",
    partnerTypes: ["pemerintah-swasta", "antar-daerah"],
    regions: ["Jawa Timur"],
    scheme: "kpbu",
    status: "selesai",
    start: 2016,
    end: 2021,
  },
  {
    ...base,
    id: "piyungan",
    title: "TPST Piyungan",
    sector: "persampahan",
    partnerTypes: ["antar-daerah"],
    regions: ["Daerah Istimewa Yogyakarta"],
    scheme: "kerja-sama-daerah",
    status: "dihentikan",
    start: 2001,
    end: 2024,
  },
  {
    ...base,
    id: "legok",
    title: "TPPAS Legok Nangka",
    sector: "persampahan",
    partnerTypes: ["pemerintah-swasta", "antar-daerah"],
    regions: ["Jawa Barat"],
    scheme: "kpbu",
    status: "berjalan",
    start: 2002,
  },
  {
    ...base,
    id: "lapor",
    title: "SP4N-LAPOR!",
    sector: "pelayanan-publik",
    partnerTypes: ["antar-instansi", "masyarakat"],
    regions: ["Nasional"],
    scheme: "program-nasional",
    status: "berjalan",
    start: 2013,
  },
  {
    ...base,
    id: "genose",
    title: "GeNose UGM",
    sector: "riset-inovasi",
    partnerTypes: ["riset"],
    regions: ["Daerah Istimewa Yogyakarta"],
    scheme: "mou-pks",
    status: "selesai",
    start: 2020,
    end: 2021,
  },
];

export const ids = (list: readonly CaseRecord[]) => list.map((c) => c.id);
