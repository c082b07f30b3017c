// Completed assessments kept on this device, one localStorage key per result so one damaged entry never hides the
// others. Every write checks first that it replaces nothing the user did not choose to replace.
import {
  draftKey,
  readEntry,
  removeEntry,
  STORAGE_PREFIX,
  storageMessages,
  writeEntry,
  type StorageLike,
  type StoreWrite,
} from "./storage";
import { upgrade } from "./migrate";
import { validateResult } from "./validate";
import type { StoredResult } from "./types";

export const HISTORY_PREFIX = `${STORAGE_PREFIX}:riwayat:`;
export const historyKey = (id: string) => `${HISTORY_PREFIX}${id}`;
/** Every key this site writes starts with this ("siapmitra-tema", "siapmitra-penilaian:…"). */
export const SITE_PREFIX = "siapmitra";

export interface HistoryList {
  entries: StoredResult[];
  /** Indonesian messages for entries that could not be read (kept aside, not deleted). */
  problems: string[];
  unavailable?: string;
}

export function localStore(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function keys(storage: StorageLike): string[] {
  const out: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null) out.push(k);
  }
  return out;
}

/** Stored values go through the migration chain before validation, so an old format still reads. */
const checkStored = (v: unknown) => {
  const up = upgrade(v);
  return up.ok ? validateResult(up.value) : { ok: false as const, problems: [up.message] };
};

const newest = (r: StoredResult) => r.completedAt ?? r.updatedAt;

/** All saved results, newest first. Part 1's completed drafts are adopted into the list (a storage migration). */
export function listHistory(storage: StorageLike | undefined = localStore()): HistoryList {
  if (!storage) return { entries: [], problems: [], unavailable: storageMessages.unavailable };
  let all: string[];
  try {
    all = keys(storage);
  } catch {
    return { entries: [], problems: [], unavailable: storageMessages.unavailable };
  }
  adoptDrafts(storage, all);
  const entries: StoredResult[] = [];
  const problems: string[] = [];
  for (const key of keys(storage).filter((k) => k.startsWith(HISTORY_PREFIX))) {
    const read = readEntry(key, checkStored, storage);
    if (read.status === "ok") entries.push(read.value);
    else if (read.status === "corrupt")
      problems.push(
        read.keptAs
          ? "Satu data riwayat tidak dapat dibaca; datanya disimpan terpisah di perangkat ini, tidak dihapus."
          : "Satu data riwayat tidak dapat dibaca dan dibiarkan di tempatnya.",
      );
  }
  entries.sort((a, b) => newest(b).localeCompare(newest(a)));
  return { entries, problems };
}

/** Completed drafts (part 1 keeps one per bank) get a history entry when none exists for their id. */
export function adoptDrafts(storage: StorageLike, allKeys: string[] = keys(storage)): number {
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
export function saveToHistory(result: StoredResult, storage: StorageLike | undefined = localStore()): StoreWrite {
  return writeEntry(historyKey(result.id), result, storage);
}

export function getFromHistory(id: string, storage: StorageLike | undefined = localStore()) {
  return readEntry(historyKey(id), checkStored, storage);
}

export type ImportOutcome =
  | { status: "saved"; result: StoredResult }
  | { status: "same"; result: StoredResult }
  /** An entry with that id but different content exists: the import is kept as a copy with a new id. */
  | { status: "copy"; result: StoredResult }
  | { status: "failed"; message: string };

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
  storage: StorageLike | undefined = localStore(),
  newId: () => string = randomId,
): ImportOutcome {
  const existing = getFromHistory(result.id, storage);
  if (existing.status === "unavailable") return { status: "failed", message: existing.message };
  let toSave = result;
  let status: "saved" | "copy" = "saved";
  if (existing.status === "ok") {
    if (canonical(existing.value) === canonical(result)) return { status: "same", result };
    toSave = { ...result, id: newId() };
    status = "copy";
  }
  // A corrupt entry under that id was moved aside by the read above, so this write loses nothing.
  const written = saveToHistory(toSave, storage);
  return written.ok ? { status, result: toSave } : { status: "failed", message: written.message };
}

export function renameInHistory(id: string, name: string, storage: StorageLike | undefined = localStore()): StoreWrite {
  const read = getFromHistory(id, storage);
  if (read.status !== "ok") return { ok: false, message: "Penilaian ini tidak ditemukan lagi di perangkat ini." };
  const trimmed = name.trim().slice(0, 200);
  const { name: _old, ...rest } = read.value;
  return saveToHistory(trimmed === "" ? rest : { ...rest, name: trimmed }, storage);
}

export const deleteFromHistory = (id: string, storage: StorageLike | undefined = localStore()) =>
  removeEntry(historyKey(id), storage);

/** Removes every SiapMitra key (history, drafts, kept-aside data, theme); other sites' data is untouched. */
export function clearAllSiteData(...stores: (StorageLike | undefined)[]): { removed: number; ok: boolean } {
  let removed = 0;
  let ok = true;
  for (const storage of stores) {
    if (!storage) continue;
    try {
      for (const key of keys(storage).filter((k) => k.startsWith(SITE_PREFIX))) {
        storage.removeItem(key);
        removed++;
      }
    } catch {
      ok = false;
    }
  }
  return { removed, ok };
}

export function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `p-${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Asks the browser not to evict this site's storage (Safari's 7-day rule, storage pressure). Never throws. */
export async function requestPersistence(): Promise<boolean | undefined> {
  try {
    const s = globalThis.navigator?.storage;
    if (!s?.persist) return undefined;
    if (await s.persisted?.()) return true;
    return await s.persist();
  } catch {
    return undefined;
  }
}
