// The partnership register (/penilaian/daftar/): one entry per MoU, PKS or other agreement an agency holds, kept
// only in this browser. Plain data, so an entry can be stored, backed up, exported and validated by hand.
import { instrumentKinds, type InstrumentKind } from "../assessment/types";
import { partnerTypes as casePartnerTypes } from "../content/schema/case-enums";

/** Stored format of an entry; when it grows, old entries need a migration step before they validate. */
export const REGISTER_FORMAT = 1;

/** Nota Kesepahaman (MoU), Perjanjian Kerja Sama (PKS), or any other document: the kinds an assessment's planning
 * references use too. */
export const instruments = instrumentKinds;
export type Instrument = InstrumentKind;

export const registerStatuses = ["aktif", "dalam-perpanjangan", "berakhir", "dihentikan"] as const;
export type RegisterStatus = (typeof registerStatuses)[number];
/** Statuses of a partnership that still runs: only these get expiry and review reminders. */
export const runningStatuses: readonly RegisterStatus[] = ["aktif", "dalam-perpanjangan"];

/** The case library's partner types (one vocabulary across the site) plus "lainnya" for anything else. */
export type CasePartnerType = (typeof casePartnerTypes)[number];
export type PartnerType = CasePartnerType | "lainnya";
export const partnerTypes: readonly PartnerType[] = [...casePartnerTypes, "lainnya"];

export interface Partner {
  /** Name of the partner organisation; one line, without ";" or "|" (CSV cells list several partners with them). */
  name: string;
  type: PartnerType;
}

/** One partnership. Dates are local calendar dates YYYY-MM-DD, or "" when not known. */
export interface RegisterEntry {
  format: typeof REGISTER_FORMAT;
  /** Random id, stable for the life of the entry (storage key, calendar UIDs). */
  id: string;
  name: string;
  partners: Partner[];
  instrument: Instrument;
  /** Document number as written on the agreement ("119/PKS/DISKOMINFO/2025"), or "". */
  number: string;
  signedOn: string;
  /** Never before `signedOn` when both are set. */
  endsOn: string;
  personInCharge: string;
  status: RegisterStatus;
  reviewOn: string;
  note: string;
  /** Ids of completed assessments in the history (siapmitra-penilaian:riwayat:<id>) about this partnership. */
  assessmentIds: string[];
  /** Instants, ISO 8601 UTC. */
  createdAt: string;
  updatedAt: string;
}

/** The fields a person fills in; the rest (format, id, timestamps) the code sets. */
export type EntryFields = Omit<RegisterEntry, "format" | "id" | "createdAt" | "updatedAt">;

/** Text limits, in UTF-16 code units as the browser counts them in a text field's maxlength. */
export const limits = {
  name: 200,
  partnerName: 200,
  partners: 20,
  number: 100,
  personInCharge: 200,
  note: 500,
  assessmentIds: 100,
  /** Entries in one register or one backup; also the row limit of a CSV import. */
  entries: 10_000,
} as const;
