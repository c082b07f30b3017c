// The register in localStorage: one key per entry ("siapmitra-daftar:<id>"), so one damaged entry never hides the
// others. Reads go through the site's readEntry, which moves an unreadable entry aside (to
// "siapmitra-daftar:rusak:…") instead of wiping it. Every key starts with "siapmitra", so "Hapus semua data"
// (clearAllSiteData) removes the register and its kept-aside data too.
import { randomId } from "../util/random-id";
import {
  defaultStorage,
  readEntry,
  removeEntry,
  storageKeys,
  writeEntry,
  type StorageCode,
  type StorageLike,
} from "../storage/local";
import { message } from "../util/message";
import { validateEntry } from "./validate";
import { limits, type RegisterEntry } from "./types";

export const REGISTER_PREFIX = "siapmitra-daftar:";
export const registerKey = (id: string) => `${REGISTER_PREFIX}${id}`;

// readEntry keeps unreadable entries under "<first key part>:rusak:…": inside the prefix, but never an entry (ids
// have no ":").
const QUARANTINE_PREFIX = `${REGISTER_PREFIX}rusak:`;

/** Storage outcomes in the register's own words (the shared storage texts speak of assessment answers). */
export const storageProblemKeys = [
  "register.storage.unavailable",
  "register.storage.full",
  "register.storage.invalid",
] as const;
export type StorageProblemCode = (typeof storageProblemKeys)[number];

export type RegisterWrite = { ok: true } | { ok: false; code: StorageProblemCode };

export interface RegisterList {
  entries: RegisterEntry[];
  /** Keys of unreadable entries that were copied aside (kept for recovery, never deleted). */
  keptAside: string[];
  /** Unreadable entries that could not be copied aside and were left where they are. */
  leftInPlace: number;
  /** Storage cannot be used at all (blocked, private mode). */
  unavailable: boolean;
}

/** The entry must also sit under its own id: a value copied to another key is not trusted as that entry. */
const checkUnder = (key: string) => (v: unknown) => {
  const checked = validateEntry(v);
  if (!checked.ok || registerKey(checked.value.id) === key) return checked;
  return { ok: false as const, problems: [message("register.entry.idInvalid")] };
};

const registerKeys = (storage: StorageLike): string[] =>
  storageKeys(storage).filter((k) => k.startsWith(REGISTER_PREFIX) && !k.startsWith(QUARANTINE_PREFIX));

const writeFailure = (code: StorageCode): RegisterWrite => ({
  ok: false,
  code: code === "storage.full" ? "register.storage.full" : "register.storage.unavailable",
});

/** Every readable entry (in storage order; the list module sorts). Unreadable ones are reported, not dropped. */
export function listRegister(storage: StorageLike | undefined = defaultStorage()): RegisterList {
  const list: RegisterList = { entries: [], keptAside: [], leftInPlace: 0, unavailable: false };
  if (!storage) return { ...list, unavailable: true };
  let keys: string[];
  try {
    keys = registerKeys(storage);
  } catch {
    return { ...list, unavailable: true };
  }
  for (const key of keys) {
    const read = readEntry(key, checkUnder(key), storage);
    if (read.status === "ok") list.entries.push(read.value);
    else if (read.status === "corrupt") {
      if (read.keptAs) list.keptAside.push(read.keptAs);
      else list.leftInPlace++;
    } else if (read.status === "unavailable") return { ...list, unavailable: true };
  }
  return list;
}

export function getEntry(id: string, storage: StorageLike | undefined = defaultStorage()) {
  return readEntry(registerKey(id), checkUnder(registerKey(id)), storage);
}

/** Saves (creates or replaces) one entry under its id; an invalid entry is refused, never stored. */
export function saveEntry(entry: RegisterEntry, storage: StorageLike | undefined = defaultStorage()): RegisterWrite {
  const checked = validateEntry(entry);
  if (!checked.ok) return { ok: false, code: "register.storage.invalid" };
  const written = writeEntry(registerKey(checked.value.id), checked.value, storage);
  return written.ok ? written : writeFailure(written.code);
}

export function deleteEntry(id: string, storage: StorageLike | undefined = defaultStorage()): RegisterWrite {
  const removed = removeEntry(registerKey(id), storage);
  return removed.ok ? removed : writeFailure(removed.code);
}

/** Whether anything (readable or not) is stored under this id. Undefined when storage cannot be read. */
function occupied(id: string, storage: StorageLike): boolean | undefined {
  try {
    return storage.getItem(registerKey(id)) !== null;
  } catch {
    return undefined;
  }
}

export type AddOutcome = { ok: true; entry: RegisterEntry } | { ok: false; code: StorageProblemCode };

function addOne(entry: RegisterEntry, storage: StorageLike, newId: () => string): AddOutcome {
  let candidate = entry;
  for (let tries = 0; ; tries++) {
    const taken = occupied(candidate.id, storage);
    if (taken === undefined) return { ok: false, code: "register.storage.unavailable" };
    if (!taken) break;
    // Ten random 64-bit ids in a row all taken means newId is broken, not bad luck: stop rather than loop.
    if (tries >= 10) return { ok: false, code: "register.storage.unavailable" };
    candidate = { ...candidate, id: newId() };
  }
  const written = saveEntry(candidate, storage);
  return written.ok ? { ok: true, entry: candidate } : written;
}

/**
 * Adds new entries without replacing anything: when an id is taken (by any value, even an unreadable one), that
 * entry gets a fresh id. Stops adding at `limits.entries` entries in the register. Used by both imports.
 */
export function addEntries(
  entries: readonly RegisterEntry[],
  storage: StorageLike | undefined = defaultStorage(),
  newId: () => string = randomId,
): AddOutcome[] {
  if (!storage) return entries.map(() => ({ ok: false, code: "register.storage.unavailable" }));
  let count: number;
  try {
    count = registerKeys(storage).length;
  } catch {
    return entries.map(() => ({ ok: false, code: "register.storage.unavailable" }));
  }
  return entries.map((entry) => {
    if (count >= limits.entries) return { ok: false, code: "register.storage.full" };
    const outcome = addOne(entry, storage, newId);
    if (outcome.ok) count++;
    return outcome;
  });
}

export const addEntry = (entry: RegisterEntry, storage?: StorageLike, newId?: () => string): AddOutcome =>
  addEntries([entry], storage, newId)[0] as AddOutcome;
