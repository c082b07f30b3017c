// Files out of the register (CSV, iCalendar, JSON backup), the restore of a backup, and printing. What the buttons
// do loads on the first press (export-actions.ts); every file is made in the browser and saved on this device.
import { useState } from "preact/hooks";
import type { RegisterEntry } from "../../lib/register/types";
import { t } from "../../i18n/register";
import { PrintButton } from "../assessment/ui/PrintButton";
import type { Note } from "./export-actions";
import type { AssessmentInfo } from "./load-assessments";

interface Props {
  entries: readonly RegisterEntry[];
  info: AssessmentInfo | undefined;
  loadInfo: () => Promise<AssessmentInfo>;
  today: string;
  onRestored: () => void;
}

type Actions = typeof import("./export-actions");

export function ExportTools({ entries, info, loadInfo, today, onRestored }: Props) {
  const [note, setNote] = useState<Note>();
  const run = (action: (a: Actions) => Note | Promise<Note>) =>
    import("./export-actions").then(
      async (a) => setNote(await action(a)),
      () => setNote({ text: t("register.app.partFailed"), alert: true }),
    );
  const csv = () =>
    run(async (a) => {
      const linked = entries.some((e) => e.assessmentIds.length > 0);
      const summaries = linked ? (info ?? (await loadInfo())).summaries : [];
      return a.exportCsv(entries, today, summaries);
    });
  const restore = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file)
      void run(async (a) => {
        const out = await a.restoreBackup(file);
        onRestored();
        return out;
      });
  };
  const none = entries.length === 0;
  return (
    <section aria-labelledby="reg-files-title" class="reg-files no-print">
      <h2 id="reg-files-title">{t("register.files.title")}</h2>
      <p>{t("register.files.body")}</p>
      <div class="action-row">
        <button type="button" class="button secondary" disabled={none} onClick={() => void csv()}>
          {t("register.files.csv")}
        </button>
        <button
          type="button"
          class="button secondary"
          disabled={none}
          onClick={() => void run((a) => a.exportCalendar(entries, today))}
        >
          {t("register.files.ics")}
        </button>
        <PrintButton label={t("register.files.print")} />
      </div>
      <p class="muted">{t("register.files.icsHelp")}</p>
      <h3>{t("register.backup.title")}</h3>
      <p>{t("register.backup.body")}</p>
      <div class="action-row">
        <button
          type="button"
          class="button secondary"
          disabled={none}
          onClick={() => void run((a) => a.downloadBackup(today))}
        >
          {t("register.backup.download")}
        </button>
      </div>
      <div class="form-field">
        <label for="reg-restore">{t("register.backup.restoreLabel")}</label>
        <input id="reg-restore" type="file" accept=".json,application/json" onChange={restore} />
      </div>
      <div aria-live="polite">
        {note && (
          <div class={note.alert ? "box asm-message" : "box"} role={note.alert ? "alert" : undefined}>
            <p>{note.text}</p>
            {note.problems && note.problems.length > 0 && (
              <ul>
                {note.problems.slice(0, 20).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
