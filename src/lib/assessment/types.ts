// Shapes shared by the questionnaire, the scoring library, history, export and comparison.
// Results are plain data so they can be stored, exported, packed into a link and validated by hand.
import type { Instrument } from "../content/schema/instrument";

export { bandIds, type BandId } from "../content/schema/bands";

/** One answer: 1–5 on the bank's scale, "tb" Tidak berlaku, "tt" Tidak tahu. An absent key means unanswered. */
export type Answer = 1 | 2 | 3 | 4 | 5 | "tb" | "tt";
export const answerValues: readonly Answer[] = [1, 2, 3, 4, 5, "tb", "tt"];

/**
 * A question bank as served by /penilaian/data/<id>@<version>.json: the content schema's output (a type-only import,
 * so no zod reaches the browser) with bands sorted highest first and guide ids resolved to links.
 */
export type BankData = Omit<Instrument, "published" | "recommendations"> & {
  recommendations: (Omit<Instrument["recommendations"][number], "guides"> & { guides: GuideLink[] })[];
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

/** Current stored format; when it grows, lib/assessment/migrate.ts gains a step and old data stays readable. */
export const RESULT_FORMAT = 1;

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
}

export const emptyContext = (): AssessmentContext => ({ instansi: "", kemitraan: "", jenisMitra: "", tanggal: "" });
