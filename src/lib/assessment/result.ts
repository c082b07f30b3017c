// Creating and updating a StoredResult immutably: every change to a result goes through here, so each one bumps
// updatedAt the same way (the island keeps one result in state and saves it on every change).
import { localDate } from "../site/dates";
import { randomId } from "../util/random-id";
import {
  MAX_NOTE,
  RESULT_FORMAT,
  emptyContext,
  type ActionRow,
  type Answer,
  type AssessmentContext,
  type BankData,
  type PlanningRefs,
  type StoredResult,
} from "./types";
import { isEmptyPlanning } from "./planning";

/** A random result id ("p-" and 16 hex digits). */
export { randomId };

export function newResult(bank: Pick<BankData, "id" | "version">, now: Date = new Date()): StoredResult {
  const at = now.toISOString();
  return {
    format: RESULT_FORMAT,
    id: randomId(),
    bank: { id: bank.id, version: bank.version },
    answers: {},
    evidence: {},
    // The assessment date defaults to today, as a local calendar date.
    context: { ...emptyContext(), tanggal: localDate(now) },
    actionPlan: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** Every update stamps updatedAt through here. */
export const touch = (r: StoredResult, now: Date): StoredResult => ({ ...r, updatedAt: now.toISOString() });

/** Sets (or clears) an answer; a "Tidak berlaku" reason goes with the answer it explains. */
export function setAnswer(r: StoredResult, itemId: string, answer: Answer | undefined, now = new Date()): StoredResult {
  const answers = { ...r.answers };
  if (answer === undefined) delete answers[itemId];
  else answers[itemId] = answer;
  return touch({ ...r, answers, alasan: answer === "tb" ? r.alasan : without(r.alasan, itemId) }, now);
}

/** The reason a statement is "Tidak berlaku" (kept as typed; trimmed when read back). */
export function setReason(r: StoredResult, itemId: string, text: string, now = new Date()): StoredResult {
  const alasan = text === "" ? without(r.alasan, itemId) : { ...r.alasan, [itemId]: clip(text) };
  return touch({ ...r, alasan }, now);
}

/** At most MAX_NOTE UTF-16 units, never ending in half a surrogate pair (a cut emoji would not survive a link). */
function clip(text: string): string {
  const cut = text.slice(0, MAX_NOTE);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A record without one key; undefined when nothing is left (so an unused field is not stored at all). */
function without<V>(rec: Record<string, V> | undefined, key: string): Record<string, V> | undefined {
  if (!rec || !(key in rec)) return rec;
  const { [key]: _gone, ...rest } = rec;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * The note beside one ticked evidence type (kept as typed up to MAX_NOTE; the form trims it when the field is left).
 * Unticking the evidence keeps its note in the draft, hidden, so ticking it again brings the note back; exports and
 * links carry only the notes beside ticked evidence (notes.ts), and a reload drops the hidden ones.
 */
export function setEvidenceNote(
  r: StoredResult,
  itemId: string,
  evidenceId: string,
  text: string,
  now = new Date(),
): StoredResult {
  const current = r.catatanBukti?.[itemId];
  const notes = text === "" ? without(current, evidenceId) : { ...current, [evidenceId]: clip(text) };
  const catatanBukti = notes ? { ...r.catatanBukti, [itemId]: notes } : without(r.catatanBukti, itemId);
  return touch({ ...r, catatanBukti }, now);
}

/** The planning references; nothing filled in is stored as nothing. */
export const setPlanning = (r: StoredResult, rujukan: PlanningRefs, now = new Date()): StoredResult =>
  touch({ ...r, rujukan: isEmptyPlanning(rujukan) ? undefined : rujukan }, now);

export function toggleEvidence(
  r: StoredResult,
  itemId: string,
  evidenceId: string,
  on: boolean,
  now = new Date(),
): StoredResult {
  const current = r.evidence[itemId] ?? [];
  const next = on ? [...new Set([...current, evidenceId])] : current.filter((e) => e !== evidenceId);
  const evidence = { ...r.evidence };
  if (next.length > 0) evidence[itemId] = next;
  else delete evidence[itemId];
  return touch({ ...r, evidence }, now);
}

export const setContext = (r: StoredResult, context: AssessmentContext, now = new Date()): StoredResult =>
  touch({ ...r, context }, now);

export const setActionPlan = (r: StoredResult, actionPlan: ActionRow[], now = new Date()): StoredResult =>
  touch({ ...r, actionPlan }, now);

/** Items of the bank with no answer yet, in bank order. */
export const unansweredItems = (bank: BankData, r: StoredResult) =>
  bank.items.filter((i) => r.answers[i.id] === undefined);
