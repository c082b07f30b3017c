// Keeps old results readable for good: every stored or imported result passes through the migration chain up to
// RESULT_FORMAT, and storage written by part 1 (one draft per bank) is adopted into the history list.
import { RESULT_FORMAT } from "./types";

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Format n → n + 1. Empty while RESULT_FORMAT is 1; when the format changes, add the step here and a test that a
 * saved sample of the old format still loads (never edit a published step).
 */
export const resultMigrations: Readonly<Record<number, Migration>> = {};

export type Upgraded = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export const migrateMessages = {
  future:
    "Data ini dibuat oleh versi SiapMitra yang lebih baru daripada halaman ini. Muat ulang halaman (atau hapus cache peramban) untuk mendapatkan versi terbaru, lalu coba lagi.",
  unknown: "Format data penilaian tidak dikenal, jadi data ini tidak dapat dibaca.",
  broken: "Data penilaian versi lama ini tidak dapat diperbarui ke format sekarang.",
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Runs `migrations` from the value's own format up to `target`; never throws. */
export function upgrade(value: unknown, target = RESULT_FORMAT, migrations = resultMigrations): Upgraded {
  if (!isRecord(value)) return { ok: false, message: migrateMessages.unknown };
  const start = value["format"];
  if (typeof start !== "number" || !Number.isInteger(start) || start < 1)
    return { ok: false, message: migrateMessages.unknown };
  let format = start;
  if (format > target) return { ok: false, message: migrateMessages.future };
  let current = value;
  while (format < target) {
    const step = migrations[format];
    if (!step) return { ok: false, message: migrateMessages.broken };
    try {
      current = step(current);
    } catch {
      return { ok: false, message: migrateMessages.broken };
    }
    if (!isRecord(current) || current["format"] !== format + 1) return { ok: false, message: migrateMessages.broken };
    format = format + 1;
  }
  return { ok: true, value: current };
}
