// What the export, backup and restore buttons do, loaded on the first press: each builds its file in the browser
// (nothing is sent) and returns the note to show.
import type { RegisterEntry } from "../../lib/register/types";
import { formatInteger } from "../../lib/site/format";
import { registerText, t } from "../../i18n/register";
import { t as tt, tm } from "../../i18n/register-tools";
import { downloadText } from "../assessment/io/download";
import { backupFromStorage, importRegisterBackup } from "../../lib/register/backup";
import { registerCsv, registerFileName } from "../../lib/register/csv-export";
import { registerCalendar } from "../../lib/register/ics";
import type { AssessmentSummary } from "../../lib/register/linked-assessments";

export interface Note {
  text: string;
  problems?: string[];
  alert?: boolean;
}

/** A backup of 10,000 entries is about 5 MB; anything far larger is not one of ours. */
const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const saved = (ok: boolean, file: string): Note =>
  ok ? { text: t("register.export.saved", { file }) } : { text: t("register.export.failed"), alert: true };

/** Every entry, with the latest assessment of each (from `summaries`) in the last column. */
export function exportCsv(entries: readonly RegisterEntry[], today: string, summaries: readonly AssessmentSummary[]) {
  const file = registerFileName(today, "csv");
  return saved(downloadText(file, registerCsv(entries, registerText, summaries), "text/csv;charset=utf-8"), file);
}

export function exportCalendar(entries: readonly RegisterEntry[], today: string): Note {
  const text = registerCalendar(entries, { now: new Date(), text: registerText, today });
  if (text === undefined) return { text: t("register.export.icsEmpty"), alert: true };
  const file = registerFileName(today, "ics");
  return saved(downloadText(file, text, "text/calendar;charset=utf-8"), file);
}

export function downloadBackup(today: string): Note {
  const out = backupFromStorage();
  if (out.unavailable) return { text: t("register.storage.unavailable"), alert: true };
  const file = registerFileName(today, "json");
  return saved(downloadText(file, JSON.stringify(out.backup, null, 2), "application/json"), file);
}

/** Adds what a backup file holds to the register (never replacing an entry); the note says what happened. */
export async function restoreBackup(file: File): Promise<Note> {
  if (file.size > MAX_BACKUP_BYTES) return { text: tt("register.backup.tooLarge"), alert: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { text: tt("register.backup.notJson"), alert: true };
  }
  const out = importRegisterBackup(parsed);
  if (!out.ok) return { text: tm({ key: out.code }), alert: true };
  return {
    text: tt("register.backup.restored", {
      added: formatInteger(out.added),
      same: formatInteger(out.same),
      copies: formatInteger(out.copies),
    }),
    alert: out.invalid.length + out.failed.length > 0,
    problems: [
      ...out.invalid.map((x) => tt("register.backup.invalidEntry", { n: x.n, problems: x.problems.map(tm).join(" ") })),
      ...out.failed.map((x) => tt("register.backup.failedEntry", { n: x.n, problem: tm({ key: x.code }) })),
    ],
  };
}
