// The JSON export file: a StoredResult plus a marker and the export time. Import is the reverse, with every bad
// input turned into one message (and the problems behind it), never an exception.
import { isRecord } from "../util/guards";
import { message, type Message } from "../util/message";
import { upgrade } from "./migrate";
import { validateResult } from "./validate";
import type { BankData, StoredResult } from "./types";
import { utf8 } from "./base64url";
import { withOutgoingNotes } from "./notes";

export const EXPORT_KIND = "siapmitra-penilaian";
/** Imports larger than this are refused before parsing (a real export is a few KB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type Decoded = { ok: true; result: StoredResult } | { ok: false; error: Message; problems: Message[] };

/** A file over MAX_IMPORT_BYTES: refused before it is read. */
export const tooLargeError = message("transfer.import.tooLarge");
export const invalidError = message("transfer.import.invalid");

/** Pretty JSON so a person can read the file; key order follows StoredResult; notes only where they apply. */
export function encodeExport(result: StoredResult, now: Date = new Date()): string {
  const file = { jenis: EXPORT_KIND, diekspor: now.toISOString(), ...withOutgoingNotes(result) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "siapmitra-kesiapan-2026-11-28.json": the date is the local completion date. */
export function exportFileName(result: StoredResult, localDay: string, ext: "json" | "csv", part?: string): string {
  return `siapmitra-${result.bank.id}-${localDay}${part ? `-${part}` : ""}.${ext}`;
}

/** The latest published version of each bank id this site knows. */
export type KnownBanks = ReadonlyMap<string, number>;

/**
 * Text of an export file → a valid StoredResult (not yet checked against its bank's items: use checkAgainstBank once
 * the bank version is loaded). With `known`, an unknown bank or a newer bank version is refused here.
 */
export function decodeExport(text: string, known?: KnownBanks): Decoded {
  const fail = (error: Message, problems: Message[] = []): Decoded => ({ ok: false, error, problems });
  if (typeof text !== "string") return fail(message("transfer.import.notJson"));
  if (text.length > MAX_IMPORT_BYTES || utf8(text).length > MAX_IMPORT_BYTES) return fail(tooLargeError);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch {
    return fail(message("transfer.import.notJson"));
  }
  if (!isRecord(parsed) || parsed["jenis"] !== EXPORT_KIND) return fail(message("transfer.import.notExport"));
  const up = upgrade(parsed);
  if (!up.ok) return fail(message(up.code));
  const { jenis: _jenis, diekspor: _diekspor, ...rest } = up.value;
  const checked = validateResult(rest);
  if (!checked.ok) return fail(invalidError, checked.problems);
  const { id, version } = checked.value.bank;
  if (known) {
    const latest = known.get(id);
    if (latest === undefined) return fail(message("transfer.import.unknownBank", { id }));
    if (version > latest) return fail(message("transfer.import.futureBank", { id, version }));
  }
  return { ok: true, result: checked.value };
}

/** Checks a decoded result against the exact bank version it names (item and evidence ids). */
export function checkAgainstBank(result: StoredResult, bank: BankData): Decoded {
  const checked = validateResult(result, bank);
  return checked.ok
    ? { ok: true, result: checked.value }
    : { ok: false, error: invalidError, problems: checked.problems };
}
