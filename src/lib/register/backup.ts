// The register's part of a JSON backup: every entry as stored, with a marker and the format. Restoring adds
// entries and never replaces one: an id already present with other content is restored as a copy with a new id.
import { isRecord } from "../util/guards";
import { randomId } from "../util/random-id";
import { defaultStorage, type StorageLike } from "../storage/local";
import { addEntries, getEntry, listRegister, type StorageProblemCode } from "./storage";
import { validateEntry, type EntryProblem } from "./validate";
import { limits, REGISTER_FORMAT, type RegisterEntry } from "./types";

export const BACKUP_KIND = "siapmitra-daftar";

export interface RegisterBackup {
  jenis: typeof BACKUP_KIND;
  format: typeof REGISTER_FORMAT;
  /** Export instant, ISO 8601 UTC. */
  diekspor: string;
  entries: RegisterEntry[];
}

/** The backup of the given entries (ordered by id, so two backups of the same register are identical text). */
export function registerBackup(entries: readonly RegisterEntry[], now: Date = new Date()): RegisterBackup {
  return {
    jenis: BACKUP_KIND,
    format: REGISTER_FORMAT,
    diekspor: now.toISOString(),
    entries: [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** The backup of everything readable in storage; `keptAside`/`unavailable` tell the UI what is not included. */
export function backupFromStorage(storage: StorageLike | undefined = defaultStorage(), now: Date = new Date()) {
  const list = listRegister(storage);
  return { backup: registerBackup(list.entries, now), keptAside: list.keptAside.length, unavailable: list.unavailable };
}

export const backupProblemKeys = [
  "register.backup.notBackup",
  "register.backup.formatFuture",
  "register.backup.tooMany",
] as const;
export type BackupProblemCode = (typeof backupProblemKeys)[number];

export type BackupImport =
  | { ok: false; code: BackupProblemCode | StorageProblemCode }
  | {
      ok: true;
      /** Stored as they were. */
      added: number;
      /** Already present with the same content: nothing to do. */
      same: number;
      /** Their id was taken by different content: stored with a new id. */
      copies: number;
      /** Entries of the file that failed validation (position in the file, from 1, and why). */
      invalid: { n: number; problems: EntryProblem[] }[];
      /** Valid entries that could not be written (storage full or blocked). */
      failed: { n: number; code: StorageProblemCode }[];
    };

/**
 * Restores a parsed backup (the object registerBackup returns, as read back from a file). Each entry is validated
 * on its own: a bad entry is reported and the others are still restored.
 */
export function importRegisterBackup(
  input: unknown,
  storage: StorageLike | undefined = defaultStorage(),
  newId: () => string = randomId,
): BackupImport {
  if (!isRecord(input) || input["jenis"] !== BACKUP_KIND || !Array.isArray(input["entries"]))
    return { ok: false, code: "register.backup.notBackup" };
  const format = input["format"];
  if (typeof format === "number" && format > REGISTER_FORMAT)
    return { ok: false, code: "register.backup.formatFuture" };
  if (format !== REGISTER_FORMAT) return { ok: false, code: "register.backup.notBackup" };
  const list = input["entries"] as unknown[];
  if (list.length > limits.entries) return { ok: false, code: "register.backup.tooMany" };
  if (!storage) return { ok: false, code: "register.storage.unavailable" };

  const result = { ok: true as const, added: 0, same: 0, copies: 0, invalid: [], failed: [] } as Extract<
    BackupImport,
    { ok: true }
  >;
  const toAdd: { n: number; entry: RegisterEntry }[] = [];
  list.forEach((raw, i) => {
    const checked = validateEntry(raw);
    if (!checked.ok) {
      result.invalid.push({ n: i + 1, problems: checked.problems });
      return;
    }
    // A corrupt value under this id is moved aside by the read, so the write below loses nothing.
    const existing = getEntry(checked.value.id, storage);
    if (existing.status === "ok" && JSON.stringify(existing.value) === JSON.stringify(checked.value)) result.same++;
    else toAdd.push({ n: i + 1, entry: checked.value });
  });
  const outcomes = addEntries(
    toAdd.map((a) => a.entry),
    storage,
    newId,
  );
  outcomes.forEach((outcome, k) => {
    const { n, entry } = toAdd[k] as { n: number; entry: RegisterEntry };
    if (!outcome.ok) result.failed.push({ n, code: outcome.code });
    else if (outcome.entry.id === entry.id) result.added++;
    else result.copies++;
  });
  return result;
}
