// Creating and updating a StoredResult immutably: every change to a result goes through here, so each one bumps
// updatedAt the same way (the island keeps one result in state and saves it on every change).
import { localDate } from "../site/dates";
import {
  RESULT_FORMAT,
  emptyContext,
  type ActionRow,
  type Answer,
  type AssessmentContext,
  type BankData,
  type StoredResult,
} from "./types";

/** A random result id ("p-" and 16 hex digits). */
export function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `p-${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

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

export function setAnswer(r: StoredResult, itemId: string, answer: Answer | undefined, now = new Date()): StoredResult {
  const answers = { ...r.answers };
  if (answer === undefined) delete answers[itemId];
  else answers[itemId] = answer;
  return touch({ ...r, answers }, now);
}

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
