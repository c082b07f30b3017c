// The JSON export file: a StoredResult plus a marker and the export time. Import is the reverse, with every bad
// input turned into one Indonesian message (and the problems behind it), never an exception.
import { upgrade } from "./migrate";
import { validateResult } from "./validate";
import type { BankData, StoredResult } from "./types";
import { utf8 } from "./base64url";

export const EXPORT_KIND = "siapmitra-penilaian";
/** Imports larger than this are refused before parsing (a real export is a few KB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type Decoded = { ok: true; result: StoredResult } | { ok: false; message: string; problems: string[] };

export const importMessages = {
  tooLarge:
    "Berkas lebih dari 1 MB, jadi tidak dibaca. Hasil ekspor SiapMitra biasanya hanya beberapa KB; periksa apakah berkasnya benar.",
  notJson: "Berkas ini bukan JSON yang utuh (mungkin terpotong atau rusak), jadi tidak dapat dibaca.",
  notExport: "Berkas ini bukan hasil ekspor penilaian SiapMitra.",
  invalid: "Isi berkas tidak lolos pemeriksaan, jadi tidak dimuat.",
  unknownBank: (id: string) => `Berkas ini untuk kuesioner "${id}" yang tidak ada di situs ini.`,
  futureBank: (id: string, v: number) =>
    `Berkas ini memakai kuesioner ${id} versi ${v}, yang lebih baru daripada versi di halaman ini. Muat ulang halaman untuk mendapatkan versi terbaru.`,
  otherBank: (got: string, want: string) => `Berkas ini untuk kuesioner ${got}, bukan ${want}.`,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Pretty JSON so a person can read the file; key order follows StoredResult. */
export function encodeExport(result: StoredResult, now: Date = new Date()): string {
  return `${JSON.stringify({ jenis: EXPORT_KIND, diekspor: now.toISOString(), ...result }, null, 2)}\n`;
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
  const fail = (message: string, problems: string[] = []): Decoded => ({ ok: false, message, problems });
  if (typeof text !== "string") return fail(importMessages.notJson);
  if (text.length > MAX_IMPORT_BYTES || utf8(text).length > MAX_IMPORT_BYTES) return fail(importMessages.tooLarge);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch {
    return fail(importMessages.notJson);
  }
  if (!isRecord(parsed) || parsed["jenis"] !== EXPORT_KIND) return fail(importMessages.notExport);
  const up = upgrade(parsed);
  if (!up.ok) return fail(up.message);
  const { jenis: _jenis, diekspor: _diekspor, ...rest } = up.value;
  const checked = validateResult(rest);
  if (!checked.ok) return fail(importMessages.invalid, checked.problems);
  const { id, version } = checked.value.bank;
  if (known) {
    const latest = known.get(id);
    if (latest === undefined) return fail(importMessages.unknownBank(id));
    if (version > latest) return fail(importMessages.futureBank(id, version));
  }
  return { ok: true, result: checked.value };
}

/** Checks a decoded result against the exact bank version it names (item and evidence ids). */
export function checkAgainstBank(result: StoredResult, bank: BankData): Decoded {
  const checked = validateResult(result, bank);
  return checked.ok
    ? { ok: true, result: checked.value }
    : { ok: false, message: importMessages.invalid, problems: checked.problems };
}
