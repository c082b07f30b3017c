// Shapes shared by the questionnaire, the scoring library, history, export and comparison.
// Results are plain data so they can be stored, exported, packed into a link and validated by hand.
import type { Instrument } from "../content/schema/instrument";
import type { ScaleId } from "../content/schema/scale-ids";

export { bandIds, type BandId } from "../content/schema/bands";

/** One answer: 1–5 on the bank's scale, "tb" Tidak berlaku, "tt" Tidak tahu. An absent key means unanswered. */
export type Answer = 1 | 2 | 3 | 4 | 5 | "tb" | "tt";
export const answerValues: readonly Answer[] = [1, 2, 3, 4, 5, "tb", "tt"];

/** One named 1–5 scale of a bank, lowest level first. Version-1 banks have one, "persetujuan", with no question. */
export interface BankScale {
  id: ScaleId;
  name: string;
  /** The prompt shown above the options ("" for version 1). */
  question: string;
  levels: { value: number; label: string; meaning?: string | undefined }[];
}

/**
 * A question bank as served by /penilaian/data/<id>@<version>.json: the content schema's output (a type-only import,
 * so no zod reaches the browser), normalised so every version reads the same way: named scales with every item
 * naming its scale, bands sorted highest first, guide ids resolved to links and key items collected.
 */
export type BankData = Omit<
  Instrument,
  "published" | "recommendations" | "scale" | "scales" | "items" | "butirKunci"
> & {
  scales: BankScale[];
  items: (Instrument["items"][number] & { scale: ScaleId })[];
  recommendations: (Omit<Instrument["recommendations"][number], "guides"> & {
    /** The action that seeds the plan: a verb first, at most 20 words (absent in versions before it existed). */
    aksi?: string | undefined;
    guides: GuideLink[];
  })[];
  /** Key items (butir kunci): answered at the lowest two levels, they cap their dimension and the overall band. */
  keyItems: string[];
};
export type BankItem = BankData["items"][number];

/** A guide a recommendation points to; `path` is site-absolute without the base ("/panduan/x/#a"). */
export interface GuideLink {
  id: string;
  anchor?: string | undefined;
  title: string;
  path: string;
}

/** What the user may say about the assessment; every field optional, stored only on this device. */
export interface AssessmentContext {
  instansi: string;
  kemitraan: string;
  /** A case partner type id ("antar-instansi", …) or "". */
  jenisMitra: string;
  /** Local calendar date YYYY-MM-DD or "" (never from toISOString). */
  tanggal: string;
}

export const actionStatuses = ["belum", "berjalan", "selesai"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export interface ActionRow {
  id: string;
  /** Dimension the row came from (seeded rows) or "" (added by hand). */
  dimension: string;
  kegiatan: string;
  penanggungJawab: string;
  /** Local date YYYY-MM-DD or "". */
  tenggat: string;
  status: ActionStatus;
}

/** The longest note the user may write: a "Tidak berlaku" reason, an evidence note, an agreed-score note. */
export const MAX_NOTE = 300;

export const instrumentKinds = ["mou", "pks", "lainnya"] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];

/** How the partnership ties into the agency's own planning and budget documents; every field optional. */
export interface PlanningRefs {
  /** The partners, each with a partner type id ("antar-instansi", …) or "". */
  mitra: { nama: string; jenis: string }[];
  /** The agreement: its kind, number, signing date and end date (local dates YYYY-MM-DD or ""). */
  instrumen: { jenis: InstrumentKind | ""; nomor: string; tanggal: string; berakhir: string };
  /** The RPJMD or Renstra target the partnership serves. */
  sasaran: string;
  /** Program, kegiatan and sub-kegiatan names as in the planning nomenclature. */
  program: string;
  kegiatan: string;
  subKegiatan: string;
  /** The RKA/DPA line that funds the agency's share. */
  anggaran: string;
}

/** A team's agreed score: how many answered, each statement's spread of answers, and the note agreed with it. */
export interface AgreedScore {
  responden: number;
  /** Per item id: how many respondents gave each answer ("1"…"5", "tb", "tt"). */
  sebaran: Record<string, Record<string, number>>;
  /** Per item id: the note recorded with the agreed level. */
  catatan: Record<string, string>;
}

/** Current stored format; when it grows, lib/assessment/migrate.ts gains a step and old data stays readable. */
export const RESULT_FORMAT = 2;

/**
 * One assessment, in progress or completed: the unit stored locally, exported, shared and compared.
 * It names the exact bank version it was answered against, so it is always scored with that version.
 */
export interface StoredResult {
  format: typeof RESULT_FORMAT;
  /** Random id, stable for the life of the assessment (history keys, compare labels). */
  id: string;
  bank: { id: string; version: number };
  answers: Record<string, Answer>;
  /** Evidence ids ticked per item id. */
  evidence: Record<string, string[]>;
  context: AssessmentContext;
  actionPlan: ActionRow[];
  /** Timestamps (instants) as ISO 8601 strings. */
  createdAt: string;
  updatedAt: string;
  /** Set when the user reached the results; absent while in progress. */
  completedAt?: string | undefined;
  /** Optional user label for history lists. */
  name?: string | undefined;
  /** Why a statement is "Tidak berlaku", per item id (kept with the answer, shown in the report). */
  alasan?: Record<string, string> | undefined;
  /** A note beside a ticked evidence type (document number, date, link), per item id and evidence id. */
  catatanBukti?: Record<string, Record<string, string>> | undefined;
  /** The partnership's ties to planning and budget documents. */
  rujukan?: PlanningRefs | undefined;
  /** Present on a team's agreed score, saved from a comparison. */
  kesepakatan?: AgreedScore | undefined;
}

export const emptyContext = (): AssessmentContext => ({ instansi: "", kemitraan: "", jenisMitra: "", tanggal: "" });
