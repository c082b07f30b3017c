import { z } from "astro/zod";

/**
 * Kinds of regulation the registry knows, with the words a citation is built from. `daerah` marks the kinds
 * issued by a region (the region's name follows the kind: "Peraturan Gubernur Kalimantan Timur").
 */
export const regulationKinds = {
  UU: { lengkap: "Undang-Undang", singkat: "UU", kode: "uu", daerah: false },
  PP: { lengkap: "Peraturan Pemerintah", singkat: "PP", kode: "pp", daerah: false },
  Perpres: { lengkap: "Peraturan Presiden", singkat: "Perpres", kode: "perpres", daerah: false },
  Inpres: { lengkap: "Instruksi Presiden", singkat: "Inpres", kode: "inpres", daerah: false },
  Permendagri: {
    lengkap: "Peraturan Menteri Dalam Negeri",
    singkat: "Permendagri",
    kode: "permendagri",
    daerah: false,
  },
  "Permen PPN": {
    lengkap: "Peraturan Menteri Perencanaan Pembangunan Nasional/Kepala Badan Perencanaan Pembangunan Nasional",
    singkat: "Permen PPN",
    kode: "permen-ppn",
    daerah: false,
  },
  Permendikbud: {
    lengkap: "Peraturan Menteri Pendidikan dan Kebudayaan",
    singkat: "Permendikbud",
    kode: "permendikbud",
    daerah: false,
  },
  Kepmendikbud: {
    lengkap: "Keputusan Menteri Pendidikan dan Kebudayaan",
    singkat: "Kepmendikbud",
    kode: "kepmendikbud",
    daerah: false,
  },
  Permendikbudristek: {
    lengkap: "Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
    singkat: "Permendikbudristek",
    kode: "permendikbudristek",
    daerah: false,
  },
  Permendiktisaintek: {
    lengkap: "Peraturan Menteri Pendidikan Tinggi, Sains, dan Teknologi",
    singkat: "Permendiktisaintek",
    kode: "permendiktisaintek",
    daerah: false,
  },
  PermenPANRB: {
    lengkap: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    singkat: "PermenPANRB",
    kode: "permenpanrb",
    daerah: false,
  },
  KepmenPANRB: {
    lengkap: "Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    singkat: "KepmenPANRB",
    kode: "kepmenpanrb",
    daerah: false,
  },
  PMK: { lengkap: "Peraturan Menteri Keuangan", singkat: "PMK", kode: "pmk", daerah: false },
  "Peraturan BKKBN": {
    lengkap: "Peraturan Badan Kependudukan dan Keluarga Berencana Nasional",
    singkat: "Peraturan BKKBN",
    kode: "peraturan-bkkbn",
    daerah: false,
  },
  "Peraturan ANRI": {
    lengkap: "Peraturan Arsip Nasional Republik Indonesia",
    singkat: "Peraturan ANRI",
    kode: "peraturan-anri",
    daerah: false,
  },
  Perda: { lengkap: "Peraturan Daerah", singkat: "Perda", kode: "perda", daerah: true },
  Pergub: { lengkap: "Peraturan Gubernur", singkat: "Pergub", kode: "pergub", daerah: true },
  Kepgub: { lengkap: "Keputusan Gubernur", singkat: "Kepgub", kode: "kepgub", daerah: true },
  Perbup: { lengkap: "Peraturan Bupati", singkat: "Perbup", kode: "perbup", daerah: true },
} as const;
export type RegulationKind = keyof typeof regulationKinds;
const kindNames = Object.keys(regulationKinds) as [RegulationKind, ...RegulationKind[]];

/** Topic groups of /panduan/dasar-hukum/, in the order the page lists them. */
export const regulationTopics = [
  "kpbu",
  "kerja-sama-daerah",
  "data",
  "pelayanan-publik",
  "vokasi-pendidikan",
  "sosial-lingkungan",
  "tata-naskah-dinas",
] as const;
export type RegulationTopic = (typeof regulationTopics)[number];

export const regulationStatuses = ["berlaku", "diubah", "dicabut"] as const;
export type RegulationStatus = (typeof regulationStatuses)[number];

/** Registry ids: `<jenis>-<nomor>-<tahun>` in lower case, a region code after the kind for regional ones. */
export const regulationIdPattern = /^[a-z]+(?:-[a-z0-9]+)*-\d{4}$/;
const regulationId = z.string().regex(regulationIdPattern, "Id regulasi: <jenis>-<nomor>-<tahun>, huruf kecil.");

const link = z.object({
  /** Absolute https:// address of the page or file. */
  url: z.url({ protocol: /^https$/ }),
  /** Name of the site as a reader would recognise it ("JDIH BPK", "studylibid.com"). */
  situs: z.string().min(3),
});

/** The slug of a regulation number inside its id: "754/P" → "754-p". */
export const nomorSlug = (nomor: string): string => nomor.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** One entry of `content/regulations.yaml`: the single place a regulation's citation and status are written. */
export const regulationSchema = z
  .object({
    /** Stable id, e.g. `perpres-38-2015`, `pergub-kaltim-27-2021`; `<Regulasi id>` and `{reg:id}` use it. */
    id: regulationId,
    /** Kind of regulation; decides the words of the citation. */
    jenis: z.enum(kindNames),
    /** Number as promulgated ("38", "754/P", "180/PMK.08"). */
    nomor: z.string().regex(/^[0-9]+(?:\/[A-Z]+(?:\.[0-9]+)?)?$/),
    /** Year of promulgation. */
    tahun: z.number().int().min(1945).max(2100),
    /** Issuing region, only for regional kinds (Perda, Pergub, Kepgub, Perbup). */
    daerah: z
      .object({
        /** Name as it follows the kind in the full citation ("Kalimantan Timur", "Kabupaten Klaten"). */
        nama: z.string().min(3),
        /** Name in the short citation ("Kaltim", "Kab. Klaten"). */
        singkat: z.string().min(2),
        /** Lower-case code in the id ("kaltim", "klaten"). */
        kode: z.string().regex(/^[a-z]+$/),
      })
      .optional(),
    /** The promulgated title after "tentang", spelled exactly as promulgated; absent when not found. */
    judul: z.string().min(3).optional(),
    /** False when the title could not be checked against a copy of the regulation itself. */
    judulTerverifikasi: z.boolean().default(true),
    /** Where the title was (or could not be) confirmed. */
    catatanJudul: z.string().min(10).optional(),
    /** Topic group on /panduan/dasar-hukum/. */
    topik: z.enum(regulationTopics),
    /** In force as promulgated, in force as amended, or revoked. */
    status: z.enum(regulationStatuses),
    /** Amending regulations, oldest first (required when `status` is `diubah`). */
    diubahDengan: z
      .array(
        z.object({
          /** Registry id of the amending regulation. */
          id: regulationId,
          /** Date the amendment took effect, where known. */
          tanggal: z.coerce.date().optional(),
        }),
      )
      .default([]),
    /** The regulation that revoked this one (required when `status` is `dicabut`). */
    dicabutDengan: z
      .object({
        /** Registry id of the revoking regulation. */
        id: regulationId,
        /** Date from which this one no longer applies, where known. */
        sejak: z.coerce.date().optional(),
      })
      .optional(),
    /** What is uncertain about the status, and why (shown on /panduan/dasar-hukum/). */
    catatanStatus: z.string().min(10).optional(),
    /** Official copy: the JDIH of the issuing body, peraturan.bpk.go.id, peraturan.go.id … */
    tautanResmi: link.optional(),
    /** A copy on another site, always shown as "salinan tidak resmi". */
    salinan: link.optional(),
    /** Required when there is no official link: where an official copy was looked for and what was found. */
    catatanSumber: z.string().min(10).optional(),
    /** Date the title, status and links were last checked. */
    diperiksa: z.coerce.date(),
  })
  .superRefine((r, ctx) => {
    const kind = regulationKinds[r.jenis];
    if (kind.daerah !== (r.daerah !== undefined))
      ctx.addIssue({
        code: "custom",
        path: ["daerah"],
        message: kind.daerah ? `${r.jenis} memerlukan daerah.` : `${r.jenis} tidak memakai daerah.`,
      });
    const expected = [kind.kode, r.daerah?.kode, nomorSlug(r.nomor), String(r.tahun)].filter(Boolean).join("-");
    if (r.id !== expected)
      ctx.addIssue({ code: "custom", path: ["id"], message: `Id "${r.id}" harus "${expected}" (jenis, nomor, tahun).` });
    if (r.status === "diubah" && r.diubahDengan.length === 0)
      ctx.addIssue({ code: "custom", path: ["diubahDengan"], message: "Status diubah memerlukan diubahDengan." });
    if (r.status === "dicabut" && !r.dicabutDengan)
      ctx.addIssue({ code: "custom", path: ["dicabutDengan"], message: "Status dicabut memerlukan dicabutDengan." });
    if (r.status !== "dicabut" && r.dicabutDengan)
      ctx.addIssue({ code: "custom", path: ["status"], message: "dicabutDengan diisi, tetapi status bukan dicabut." });
    if (r.status === "berlaku" && r.diubahDengan.length > 0)
      ctx.addIssue({ code: "custom", path: ["status"], message: "diubahDengan diisi, tetapi status berlaku." });
    if (!r.judul && r.judulTerverifikasi)
      ctx.addIssue({ code: "custom", path: ["judul"], message: "Judul kosong harus ditandai judulTerverifikasi: false." });
    if (!r.judulTerverifikasi && !r.catatanJudul)
      ctx.addIssue({ code: "custom", path: ["catatanJudul"], message: "Judul yang belum terverifikasi perlu catatanJudul." });
    if (!r.tautanResmi && !r.catatanSumber)
      ctx.addIssue({
        code: "custom",
        path: ["catatanSumber"],
        message: "Tanpa tautanResmi, jelaskan di catatanSumber di mana salinan resmi dicari.",
      });
  });

export type RegulationInput = z.input<typeof regulationSchema>;
export type Regulation = z.infer<typeof regulationSchema>;
