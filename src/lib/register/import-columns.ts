// Which column of an uploaded list holds which field, guessed from its header (Indonesian or English) and then
// editable by the user in the preview. Headers are compared squashed, so "Tgl. Berakhir" and "tgl_berakhir" match.
import { squash } from "./import-values";

export const importFields = [
  "name",
  "partners",
  "partnerTypes",
  "instrument",
  "number",
  "signedOn",
  "endsOn",
  "personInCharge",
  "status",
  "reviewOn",
  "note",
] as const;
export type ImportField = (typeof importFields)[number];

/** Column i holds field mapping[i], or nothing (null). */
export type ColumnMapping = readonly (ImportField | null)[];

// Exact header names, best first. "No" and "No." are left out on purpose: in Indonesian tables they head the row
// counter (1, 2, 3…), not the document number. The register's own export headers are listed first.
const headerNames: Record<ImportField, readonly string[]> = {
  name: [
    "nama kemitraan",
    "nama kerja sama",
    "nama kerjasama",
    "judul kerja sama",
    "judul kerjasama",
    "judul perjanjian",
    "nama perjanjian",
    "judul",
    "perihal",
    "tentang",
    "kemitraan",
    "kerja sama",
    "kerjasama",
    "nama program",
    "program",
    "nama",
    "name",
    "partnership",
    "partnership name",
    "agreement",
    "title",
    "subject",
  ],
  partners: [
    "mitra",
    "nama mitra",
    "mitra kerja sama",
    "mitra kerjasama",
    "instansi mitra",
    "pihak mitra",
    "para pihak",
    "pihak kedua",
    "pihak",
    "partner",
    "partners",
    "counterpart",
  ],
  partnerTypes: ["jenis mitra", "tipe mitra", "kategori mitra", "jenis pihak", "partner type", "partner types"],
  instrument: [
    "instrumen",
    "jenis dokumen",
    "jenis perjanjian",
    "bentuk kerja sama",
    "bentuk kerjasama",
    "jenis kerja sama",
    "jenis kerjasama",
    "bentuk dokumen",
    "dokumen",
    "instrument",
    "document type",
    "type",
  ],
  number: [
    "nomor",
    "nomor perjanjian",
    "nomor dokumen",
    "nomor kerja sama",
    "nomor mou",
    "nomor pks",
    "no perjanjian",
    "no dokumen",
    "no surat",
    "nomor surat",
    "number",
    "document number",
    "reference",
  ],
  signedOn: [
    "tanggal penandatanganan",
    "tanggal ditandatangani",
    "tanggal tanda tangan",
    "tgl penandatanganan",
    "tgl ttd",
    "tanggal ttd",
    "tanggal perjanjian",
    "tanggal mulai",
    "tgl mulai",
    "mulai berlaku",
    "berlaku sejak",
    "berlaku mulai",
    "tanggal",
    "tgl",
    "signed",
    "signing date",
    "date signed",
    "start date",
    "start",
  ],
  endsOn: [
    "tanggal berakhir",
    "tgl berakhir",
    "berakhir",
    "tanggal selesai",
    "tgl selesai",
    "selesai",
    "berlaku sampai",
    "berlaku hingga",
    "berlaku sampai dengan",
    "akhir berlaku",
    "tanggal akhir",
    "jatuh tempo",
    "end date",
    "end",
    "expiry",
    "expiry date",
    "expires",
  ],
  personInCharge: [
    "penanggung jawab",
    "penanggungjawab",
    "pejabat penanggung jawab",
    "unit penanggung jawab",
    "pj",
    "pic",
    "kontak",
    "narahubung",
    "pengelola",
    "person in charge",
    "responsible",
    "owner",
    "contact",
  ],
  status: ["status", "status kerja sama", "status kerjasama", "status perjanjian", "keadaan", "state"],
  reviewOn: [
    "peninjauan berikutnya",
    "tanggal peninjauan",
    "jadwal peninjauan",
    "tinjauan berikutnya",
    "evaluasi berikutnya",
    "tanggal evaluasi",
    "jadwal evaluasi",
    "next review",
    "review date",
    "review",
  ],
  note: ["catatan", "keterangan", "ket", "uraian", "note", "notes", "remarks", "comment", "comments"],
};

const exactHeader = new Map<string, ImportField>();
for (const field of importFields)
  for (const name of headerNames[field]) if (!exactHeader.has(squash(name))) exactHeader.set(squash(name), field);

/** The field a header names, or null. Exact names only: a guess on a part of the header maps too eagerly. */
export function fieldForHeader(header: string): ImportField | null {
  return exactHeader.get(squash(header)) ?? null;
}

/** The guessed mapping of a header row: each field goes to the first column that names it. */
export function guessMapping(header: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return header.map((h) => {
    const field = fieldForHeader(h);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** How many known fields a row names: tells the header row from a title line above it. */
export const headerScore = (row: readonly string[]): number =>
  new Set(row.map(fieldForHeader).filter((f) => f !== null)).size;
