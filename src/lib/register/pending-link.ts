// "Nilai sekarang" opens a questionnaire for one register entry. The page remembers which entry (in the session's
// storage, under a "siapmitra" key so "Hapus semua data" removes it) and, when the officer comes back, offers to
// link the assessment completed since then to that entry. Nothing is linked without the officer's yes.
import type { StoredResult } from "../assessment/types";
import { isInstant, isRecord } from "../util/guards";
import { ENTRY_ID } from "./validate";
import type { AssessBank } from "./assess-now";

export const PENDING_LINK_KEY = "siapmitra-daftar-tautan";

export interface PendingLink {
  entryId: string;
  bank: AssessBank;
  /** When "Nilai sekarang" was pressed (ISO 8601 UTC): only assessments completed after it qualify. */
  since: string;
}

/** A pending link read back from storage, or undefined for anything else. */
export function readPendingLink(raw: string | null): PendingLink | undefined {
  if (raw === null) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(v)) return undefined;
  const { entryId, bank, since } = v;
  if (typeof entryId !== "string" || !ENTRY_ID.test(entryId)) return undefined;
  if (bank !== "kesiapan" && bank !== "kesehatan") return undefined;
  if (!isInstant(since)) return undefined;
  return { entryId, bank, since };
}

/**
 * The assessment to offer: the newest result of the chosen questionnaire completed at or after `since` and not
 * yet linked to the entry. Undefined when there is none (the officer did not finish, or chose another questionnaire).
 */
export function pendingCandidate(
  pending: PendingLink,
  linked: readonly string[],
  history: readonly StoredResult[],
): StoredResult | undefined {
  let best: StoredResult | undefined;
  for (const r of history) {
    if (!r.completedAt || r.completedAt < pending.since || r.bank.id !== pending.bank) continue;
    if (linked.includes(r.id)) continue;
    if (!best || r.completedAt > (best.completedAt ?? "")) best = r;
  }
  return best;
}
