import { newActionRow } from "../../../lib/assessment/action-plan";
import { actionStatuses, type ActionRow, type ActionStatus } from "../../../lib/assessment/types";
import { statusLabel } from "../../../i18n/assessment";
import { t } from "../../../i18n/questionnaire";
import { t as tr } from "../../../i18n/report";

interface Props {
  rows: ActionRow[];
  onChange: (rows: ActionRow[]) => void;
}

/**
 * The action plan to edit: one group of fields per activity, stacked, so the activity's whole sentence shows and a
 * phone never scrolls sideways. Every change goes back as the whole new list of rows. (Printing uses ReadOnlyPlan.)
 */
export function ActionPlan({ rows, onChange }: Props) {
  const edit = (id: string, patch: Partial<ActionRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const value = (ev: Event) => (ev.currentTarget as HTMLInputElement).value;
  return (
    <div class="no-print">
      <ol class="plan-rows">
        {rows.map((r, i) => (
          <li key={r.id}>
            <fieldset class="plan-row">
              <legend>{t("questionnaire.plan.row", { n: i + 1 })}</legend>
              <label class="plan-field plan-activity">
                <span>{t("questionnaire.plan.activityLabel")}</span>
                <textarea
                  aria-label={t("questionnaire.plan.activity", { n: i + 1 })}
                  maxLength={1000}
                  rows={3}
                  value={r.kegiatan}
                  onInput={(e) => edit(r.id, { kegiatan: value(e) })}
                />
              </label>
              <label class="plan-field">
                <span>{tr("report.plan.owner")}</span>
                <input
                  type="text"
                  aria-label={t("questionnaire.plan.owner", { n: i + 1 })}
                  maxLength={200}
                  value={r.penanggungJawab}
                  onInput={(e) => edit(r.id, { penanggungJawab: value(e) })}
                />
              </label>
              <label class="plan-field">
                <span>{tr("report.plan.deadline")}</span>
                <input
                  type="date"
                  aria-label={t("questionnaire.plan.deadline", { n: i + 1 })}
                  value={r.tenggat}
                  onChange={(e) => edit(r.id, { tenggat: value(e) })}
                />
              </label>
              <label class="plan-field">
                <span>{tr("report.plan.status")}</span>
                <select
                  aria-label={t("questionnaire.plan.status", { n: i + 1 })}
                  value={r.status}
                  onChange={(e) => edit(r.id, { status: value(e) as ActionStatus })}
                >
                  {actionStatuses.map((s) => (
                    <option value={s} key={s}>
                      {statusLabel(s)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                class="asm-link-button plan-delete"
                onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
              >
                {t("assessment.delete")}
                <span class="visually-hidden"> {t("questionnaire.plan.deleteRow", { n: i + 1 })}</span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {rows.length === 0 && <p class="muted">{t("questionnaire.plan.empty")}</p>}
      <p>
        <button type="button" class="button secondary" onClick={() => onChange([...rows, newActionRow(rows)])}>
          {t("questionnaire.plan.add")}
        </button>
      </p>
    </div>
  );
}
