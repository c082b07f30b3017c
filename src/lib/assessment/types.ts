// Shapes shared by the questionnaire, the scoring library and (part 2) history, export and comparison.
// Everything here is plain data so it can be stored, exported, packed into a link and validated by hand.

/** One answer: 1–5 on the agreement scale, "tb" Tidak berlaku, "tt" Tidak tahu. An absent key means unanswered. */
export type Answer = 1 | 2 | 3 | 4 | 5 | "tb" | "tt";
export const answerValues: readonly Answer[] = [1, 2, 3, 4, 5, "tb", "tt"];

export const bandIds = ["kekuatan", "perlu-dibahas", "perlu-perhatian"] as const;
export type BandId = (typeof bandIds)[number];

/** A question bank as served by /penilaian/data/<id>@<version>.json (one immutable published version). */
export interface BankData {
  id: string;
  version: number;
  title: string;
  description: string;
  stage: "persiapan" | "berjalan";
  scale: { value: number; label: string }[];
  evidence: { id: string; label: string }[];
  dimensions: { id: string; name: string; shortLabel: string; description: string }[];
  items: { id: string; dimension: string; statement: string; help: string; evidence: string[] }[];
  /** Ordered by `min`, highest first. */
  bands: { id: BandId; label: string; min: number }[];
  recommendations: { dimension: string; band: BandId; text: string; guides: GuideLink[] }[];
}

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
/** How a status reads on screen and in print, in the editable plan and the read-only one alike. */
export const actionStatusLabels: Record<ActionStatus, string> = {
  belum: "Belum mulai",
  berjalan: "Berjalan",
  selesai: "Selesai",
};

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

/** Current stored format. Part 2 adds migrations in storage when this number grows; old data stays readable. */
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
  /** Optional user label for history lists (part 2). */
  name?: string | undefined;
}

export const emptyContext = (): AssessmentContext => ({ instansi: "", kemitraan: "", jenisMitra: "", tanggal: "" });
