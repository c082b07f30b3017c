// Completed assessments kept on this device, one localStorage key per result so one damaged entry never hides the
// others. Every write checks first that it replaces nothing the user did not choose to replace.
import {
  defaultStorage,
  readEntry,
  removeEntry,
  storageKeys,
  writeEntry,
  type StorageCode,
  type StorageLike,
  type StoreWrite,
} from "../storage/local";
import { message, type Message } from "../util/message";
import { draftKey, STORAGE_PREFIX } from "./storage";
import { upgrade } from "./migrate";
import { randomId } from "./result";
import { resultInstant } from "./format";
import { validateResult } from "./validate";
import type { StoredResult } from "./types";

export const HISTORY_PREFIX = `${STORAGE_PREFIX}:riwayat:`;
export const historyKey = (id: string) => `${HISTORY_PREFIX}${id}`;

export interface HistoryList {
  entries: StoredResult[];
  /** One message per entry that could not be read (kept aside, not deleted). */
  problems: Message[];
  unavailable?: StorageCode;
}

/** Stored values go through the migration chain before validation, so an old format still reads. */
const checkStored = (v: unknown) => {
  const up = upgrade(v);
  return up.ok ? validateResult(up.value) : { ok: false as const, problems: [message(up.code)] };
};

/** All saved results, newest first. Completed drafts (one per bank) are adopted into the list. */
export function listHistory(storage: StorageLike | undefined = defaultStorage()): HistoryList {
  if (!storage) return { entries: [], problems: [], unavailable: "storage.unavailable" };
  let all: string[];
  try {
    all = storageKeys(storage);
  } catch {
    return { entries: [], problems: [], unavailable: "storage.unavailable" };
  }
  adoptDrafts(storage, all);
  const entries: StoredResult[] = [];
  const problems: Message[] = [];
  for (const key of storageKeys(storage).filter((k) => k.startsWith(HISTORY_PREFIX))) {
    const read = readEntry(key, checkStored, storage);
    if (read.status === "ok") entries.push(read.value);
    else if (read.status === "corrupt")
      problems.push(message(read.keptAs ? "history.keptAside" : "history.leftInPlace"));
  }
  entries.sort((a, b) => resultInstant(b).localeCompare(resultInstant(a)));
  return { entries, problems };
}

/** Completed drafts (one per bank) get a history entry when none exists for their id. */
export function adoptDrafts(storage: StorageLike, allKeys: string[] = storageKeys(storage)): number {
  let adopted = 0;
  for (const key of allKeys.filter((k) => k.startsWith(draftKey("")))) {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      continue;
    }
    if (raw === null) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue; // The questionnaire itself moves a broken draft aside when it next opens.
    }
    const checked = checkStored(value);
    if (!checked.ok || !checked.value.completedAt) continue;
    try {
      if (storage.getItem(historyKey(checked.value.id)) !== null) continue;
    } catch {
      continue;
    }
    if (writeEntry(historyKey(checked.value.id), checked.value, storage).ok) adopted++;
  }
  return adopted;
}

/** Saves or updates a completed result under its own id (the questionnaire calls this as results change). */
export function saveToHistory(result: StoredResult, storage: StorageLike | undefined = defaultStorage()): StoreWrite {
  return writeEntry(historyKey(result.id), result, storage);
}

export function getFromHistory(id: string, storage: StorageLike | undefined = defaultStorage()) {
  return readEntry(historyKey(id), checkStored, storage);
}

export type ImportOutcome =
  | { status: "saved"; result: StoredResult }
  | { status: "same"; result: StoredResult }
  /** An entry with that id but different content exists: the import is kept as a copy with a new id. */
  | { status: "copy"; result: StoredResult }
  | { status: "failed"; code: StorageCode };

/** Key-order-independent JSON, so a re-read entry compares equal to the value that was written. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (typeof v === "object" && v !== null)
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

/** Adds an imported or shared result without ever replacing what is saved. */
export function importToHistory(
  result: StoredResult,
  storage: StorageLike | undefined = defaultStorage(),
  newId: () => string = randomId,
): ImportOutcome {
  const existing = getFromHistory(result.id, storage);
  if (existing.status === "unavailable") return { status: "failed", code: existing.code };
  let toSave = result;
  let status: "saved" | "copy" = "saved";
  if (existing.status === "ok") {
    if (canonical(existing.value) === canonical(result)) return { status: "same", result };
    toSave = { ...result, id: newId() };
    status = "copy";
  }
  // A corrupt entry under that id was moved aside by the read above, so this write loses nothing.
  const written = saveToHistory(toSave, storage);
  return written.ok ? { status, result: toSave } : { status: "failed", code: written.code };
}

/** Renames a saved result; "notFound" when it is no longer on this device. */
export function renameInHistory(
  id: string,
  name: string,
  storage: StorageLike | undefined = defaultStorage(),
): StoreWrite | { ok: false; code: "transfer.notFound" } {
  const read = getFromHistory(id, storage);
  if (read.status !== "ok") return { ok: false, code: "transfer.notFound" };
  const trimmed = name.trim().slice(0, 200);
  const { name: _old, ...rest } = read.value;
  return saveToHistory(trimmed === "" ? rest : { ...rest, name: trimmed }, storage);
}

export const deleteFromHistory = (id: string, storage: StorageLike | undefined = defaultStorage()) =>
  removeEntry(historyKey(id), storage);
