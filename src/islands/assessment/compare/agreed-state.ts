// What the comparison page keeps of the agreed-score form while the page is open: the form itself loads on demand
// and may unmount (hidden, or the respondents fall below the anonymity threshold) without losing what was recorded.
import type { AgreedDraft } from "../../../lib/assessment/agreed";

export interface AgreedState {
  open: boolean;
  /** The bank version ("kesiapan@2") the draft was recorded against; another one starts a new draft. */
  bank?: string | undefined;
  draft?: AgreedDraft | undefined;
  /** Something was recorded since the last save (leaving the page then asks first). */
  dirty: boolean;
  /** Set once saved: saving again updates the same history entry. */
  saved?: { id: string; createdAt: string; responden: number } | undefined;
}

export type AgreedUpdate = (update: (s: AgreedState) => AgreedState) => void;
