// Keeps old results readable for good: every stored or imported result passes through the migration chain up to
// RESULT_FORMAT (format-1 drafts, one per bank, are also adopted into the history list by history.ts).
import { isRecord } from "../util/guards";
import { RESULT_FORMAT } from "./types";

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Format n → n + 1; never edit a published step, and keep a test that a saved sample of each old format still loads.
 * 1 → 2: format 2 adds optional fields ("Tidak berlaku" reasons, evidence notes, planning references, an agreed
 * score); a format-1 result simply has none of them.
 */
export const resultMigrations: Readonly<Record<number, Migration>> = {
  1: (old) => ({ ...old, format: 2 }),
};

export type MigrateCode = "transfer.migrate.future" | "transfer.migrate.unknown" | "transfer.migrate.broken";

export type Upgraded = { ok: true; value: Record<string, unknown> } | { ok: false; code: MigrateCode };

const future = { ok: false, code: "transfer.migrate.future" } as const;
const unknown = { ok: false, code: "transfer.migrate.unknown" } as const;
const broken = { ok: false, code: "transfer.migrate.broken" } as const;

/** Runs `migrations` from the value's own format up to `target`; never throws. */
export function upgrade(value: unknown, target = RESULT_FORMAT, migrations = resultMigrations): Upgraded {
  if (!isRecord(value)) return unknown;
  const start = value["format"];
  if (typeof start !== "number" || !Number.isInteger(start) || start < 1) return unknown;
  let format = start;
  if (format > target) return future;
  let current = value;
  while (format < target) {
    const step = migrations[format];
    if (!step) return broken;
    try {
      current = step(current);
    } catch {
      return broken;
    }
    if (!isRecord(current) || current["format"] !== format + 1) return broken;
    format = format + 1;
  }
  return { ok: true, value: current };
}
