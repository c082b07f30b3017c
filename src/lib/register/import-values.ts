// How agencies spell instruments, statuses and partner types in their own lists → the register's ids. Matching is
// on a squashed key (lower case, no accents, no spaces or punctuation), so "MoU", "M.O.U." and "mou" meet, and the
// labels the register's own CSV export writes ("Dalam perpanjangan", "Pemerintah–swasta") read back.
import { slugify } from "../content/text";
import type { Instrument, PartnerType, RegisterStatus } from "./types";

/** "Perjanjian Kerja Sama" → "perjanjiankerjasama". */
export const squash = (text: string): string => slugify(text).replaceAll("-", "");

function table<T extends string>(spellings: Record<T, readonly string[]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [id, list] of Object.entries(spellings) as [T, readonly string[]][])
    for (const s of [id, ...list]) map.set(squash(s), id);
  return map;
}

// Permendagri 22/2020 calls the framework document between regions "Kesepakatan Bersama" (an MoU) and the
// implementing one "Perjanjian Kerja Sama".
const instrumentSpellings = table<Instrument>({
  mou: [
    "MoU",
    "M.o.U.",
    "memorandum of understanding",
    "memorandum saling pengertian",
    "nota kesepahaman",
    "nota kesepakatan",
    "NK",
    "kesepakatan bersama",
    "KB",
  ],
  pks: [
    "PKS",
    "perjanjian kerja sama",
    "perjanjian kerjasama",
    "perjanjian kemitraan",
    "perjanjian",
    "cooperation agreement",
    "partnership agreement",
    "agreement",
  ],
  lainnya: ["lain-lain", "lain", "other", "others", "lainnya"],
});

const statusSpellings = table<RegisterStatus>({
  aktif: ["active", "berlaku", "masih berlaku", "berjalan", "sedang berjalan", "ongoing", "running", "valid"],
  "dalam-perpanjangan": [
    "perpanjangan",
    "proses perpanjangan",
    "dalam proses perpanjangan",
    "sedang diperpanjang",
    "akan diperpanjang",
    "renewal",
    "in renewal",
    "being renewed",
  ],
  berakhir: [
    "selesai",
    "sudah berakhir",
    "telah berakhir",
    "habis",
    "habis masa berlaku",
    "tidak berlaku",
    "kedaluwarsa",
    "kadaluarsa",
    "kadaluwarsa",
    "expired",
    "ended",
    "completed",
    "finished",
  ],
  dihentikan: [
    "berhenti",
    "diberhentikan",
    "diakhiri",
    "diputus",
    "putus",
    "batal",
    "dibatalkan",
    "terminated",
    "cancelled",
    "canceled",
    "stopped",
  ],
});

// The case library's partner types describe the relationship; an agency's list usually names the partner's kind.
const partnerTypeSpellings = table<PartnerType>({
  "antar-instansi": [
    "antarinstansi",
    "instansi",
    "kementerian",
    "lembaga",
    "K/L",
    "kementerian/lembaga",
    "pemerintah pusat",
  ],
  "antar-daerah": [
    "antardaerah",
    "pemerintah daerah",
    "pemda",
    "pemprov",
    "pemkab",
    "pemkot",
    "provinsi",
    "kabupaten",
    "kota",
    "kerja sama daerah",
  ],
  "pemerintah-swasta": [
    "pemerintah–swasta",
    "swasta",
    "badan usaha",
    "BUMN",
    "BUMD",
    "perusahaan",
    "industri",
    "KPBU",
    "private",
    "business",
  ],
  "pendidikan-industri": [
    "pendidikan–industri",
    "pendidikan",
    "perguruan tinggi",
    "universitas",
    "politeknik",
    "sekolah",
    "SMK",
    "kampus",
    "university",
  ],
  riset: ["penelitian", "lembaga riset", "lembaga penelitian", "riset dan inovasi", "research"],
  masyarakat: [
    "LSM",
    "NGO",
    "ormas",
    "organisasi masyarakat",
    "organisasi kemasyarakatan",
    "komunitas",
    "yayasan",
    "masyarakat sipil",
    "community",
  ],
  lainnya: ["lain-lain", "lain", "other", "others"],
});

export const readInstrument = (text: string): Instrument | undefined => instrumentSpellings.get(squash(text));
export const readStatus = (text: string): RegisterStatus | undefined => statusSpellings.get(squash(text));
export const readPartnerType = (text: string): PartnerType | undefined => partnerTypeSpellings.get(squash(text));
