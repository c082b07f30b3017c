// localStorage access for assessments. Storage may be full, blocked (private mode, policies) or hold data
// from an older or broken page: every read is validated, and anything unreadable is moved aside, never wiped.
import { validateResult } from "./validate";
import type { BankData, StoredResult } from "./types";

/** Key prefix of every SiapMitra assessment entry (part 2: "Hapus semua data" removes keys with this prefix). */
export const STORAGE_PREFIX = "siapmitra-penilaian";
/** The assessment in progress (or last completed) for one bank id. */
export const draftKey = (bankId: string) => `${STORAGE_PREFIX}:draf:${bankId}`;
/** Where an unreadable entry is kept for recovery or a bug report. */
export const quarantineKey = (key: string, at: string) => `${STORAGE_PREFIX}:rusak:${at}:${key}`;

export type StoreRead<T> =
  | { status: "ok"; value: T }
  | { status: "empty" }
  | { status: "unavailable"; message: string }
  /** Found but not valid; it was copied to `keptAs` (when storage allowed it). */
  | { status: "corrupt"; message: string; keptAs?: string; problems: string[] };

export type StoreWrite = { ok: true } | { ok: false; message: string };

/** The subset of the Storage API used here, so tests can pass a fake. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export const storageMessages = {
  unavailable:
    "Penyimpanan di peramban ini tidak dapat dipakai (mungkin diblokir atau mode privat). Jawaban tetap ada selama halaman ini terbuka, tetapi akan hilang jika halaman ditutup.",
  full: "Penyimpanan peramban penuh, sehingga jawaban terakhir belum tersimpan. Hapus data situs lain atau cetak hasil sebelum menutup halaman.",
  corrupt:
    "Data penilaian yang tersimpan di perangkat ini tidak dapat dibaca, jadi kami menyimpannya terpisah (tidak dihapus) dan memulai penilaian baru.",
};

function defaultStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === "QuotaExceededError" || e.code === 22 || e.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}

/** Reads and validates one JSON entry; moves an invalid one aside. */
export function readEntry<T>(
  key: string,
  check: (v: unknown) => { ok: true; value: T } | { ok: false; problems: string[] },
  storage: StorageLike | undefined = defaultStorage(),
  now: () => Date = () => new Date(),
): StoreRead<T> {
  if (!storage) return { status: "unavailable", message: storageMessages.unavailable };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: "unavailable", message: storageMessages.unavailable };
  }
  if (raw === null) return { status: "empty" };
  let parsed: unknown;
  let problems: string[];
  try {
    parsed = JSON.parse(raw);
    const checked = check(parsed);
    if (checked.ok) return { status: "ok", value: checked.value };
    problems = checked.problems;
  } catch {
    problems = ["Isi tersimpan bukan JSON yang utuh."];
  }
  const keptAs = quarantineKey(key, now().toISOString());
  try {
    storage.setItem(keptAs, raw);
    storage.removeItem(key);
    return { status: "corrupt", message: storageMessages.corrupt, keptAs, problems };
  } catch {
    // Could not copy it aside: leave the original where it is rather than lose it.
    return { status: "corrupt", message: storageMessages.corrupt, problems };
  }
}

export function writeEntry(
  key: string,
  value: unknown,
  storage: StorageLike | undefined = defaultStorage(),
): StoreWrite {
  if (!storage) return { ok: false, message: storageMessages.unavailable };
  try {
    storage.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: isQuotaError(e) ? storageMessages.full : storageMessages.unavailable };
  }
}

export function removeEntry(key: string, storage: StorageLike | undefined = defaultStorage()): StoreWrite {
  if (!storage) return { ok: false, message: storageMessages.unavailable };
  try {
    storage.removeItem(key);
    return { ok: true };
  } catch {
    return { ok: false, message: storageMessages.unavailable };
  }
}

/** The saved assessment for this bank id; a draft of another version of the bank is still returned (part 2 maps it). */
export const loadDraft = (bank: BankData, storage?: StorageLike) =>
  readEntry(
    draftKey(bank.id),
    (v) => {
      const loose = validateResult(v);
      return loose.ok && loose.value.bank.version === bank.version ? validateResult(v, bank) : loose;
    },
    storage,
  );

export const saveDraft = (result: StoredResult, storage?: StorageLike) =>
  writeEntry(draftKey(result.bank.id), result, storage);

export const clearDraft = (bankId: string, storage?: StorageLike) => removeEntry(draftKey(bankId), storage);
