// localStorage entries of this site, read and written safely: storage may be full, blocked (private mode, policies)
// or hold data from an older or broken page, so every read is validated and anything unreadable is moved aside,
// never wiped. Shared by the assessments and the partnership register.
import type { Checked, Message } from "../util/message";

/** Every key this site writes starts with this ("siapmitra-tema", "siapmitra-penilaian:…", "siapmitra-daftar:…"). */
export const SITE_PREFIX = "siapmitra";

/** Where an unreadable entry is kept for recovery or a bug report. */
export const quarantineKey = (key: string, at: string) => `${key.split(":")[0]}:rusak:${at}:${key}`;

/** Why storage failed, as a dictionary key (src/i18n/id/storage.ts). */
export type StorageCode = "storage.unavailable" | "storage.full" | "storage.corrupt";

export type StoreRead<T> =
  | { status: "ok"; value: T }
  | { status: "empty" }
  | { status: "unavailable"; code: StorageCode }
  /** Found but not valid; it was copied to `keptAs` (when storage allowed it). */
  | { status: "corrupt"; code: StorageCode; keptAs?: string; problems: Message[] };

export type StoreWrite = { ok: true } | { ok: false; code: StorageCode };

/** The subset of the Storage API used here, so tests can pass a fake. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const UNAVAILABLE = "storage.unavailable";
const CORRUPT = "storage.corrupt";

/** The page's localStorage, or undefined where the browser blocks it (private mode, policies). */
export function defaultStorage(): StorageLike | undefined {
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
  check: (v: unknown) => Checked<T>,
  storage: StorageLike | undefined = defaultStorage(),
  now: () => Date = () => new Date(),
): StoreRead<T> {
  if (!storage) return { status: "unavailable", code: UNAVAILABLE };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: "unavailable", code: UNAVAILABLE };
  }
  if (raw === null) return { status: "empty" };
  let parsed: unknown;
  let problems: Message[];
  try {
    parsed = JSON.parse(raw);
    const checked = check(parsed);
    if (checked.ok) return { status: "ok", value: checked.value };
    problems = checked.problems;
  } catch {
    problems = [{ key: "storage.notJson" }];
  }
  const keptAs = quarantineKey(key, now().toISOString());
  try {
    storage.setItem(keptAs, raw);
    storage.removeItem(key);
    return { status: "corrupt", code: CORRUPT, keptAs, problems };
  } catch {
    // Could not copy it aside: leave the original where it is rather than lose it.
    return { status: "corrupt", code: CORRUPT, problems };
  }
}

export function writeEntry(
  key: string,
  value: unknown,
  storage: StorageLike | undefined = defaultStorage(),
): StoreWrite {
  if (!storage) return { ok: false, code: UNAVAILABLE };
  try {
    storage.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (e) {
    return { ok: false, code: isQuotaError(e) ? "storage.full" : UNAVAILABLE };
  }
}

export function removeEntry(key: string, storage: StorageLike | undefined = defaultStorage()): StoreWrite {
  if (!storage) return { ok: false, code: UNAVAILABLE };
  try {
    storage.removeItem(key);
    return { ok: true };
  } catch {
    return { ok: false, code: UNAVAILABLE };
  }
}

/** Every key in a storage area (the Storage API has no iterator). */
export function storageKeys(storage: StorageLike): string[] {
  const out: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null) out.push(k);
  }
  return out;
}

/** Removes every SiapMitra key (assessments, register, kept-aside data, theme); other sites' data is untouched. */
export function clearAllSiteData(...stores: (StorageLike | undefined)[]): { removed: number; ok: boolean } {
  let removed = 0;
  let ok = true;
  for (const storage of stores) {
    if (!storage) continue;
    try {
      for (const key of storageKeys(storage).filter((k) => k.startsWith(SITE_PREFIX))) {
        storage.removeItem(key);
        removed++;
      }
    } catch {
      ok = false;
    }
  }
  return { removed, ok };
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
