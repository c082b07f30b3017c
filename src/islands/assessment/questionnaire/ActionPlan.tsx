import { newActionRow } from "../../../lib/assessment/action-plan";
import { actionStatuses, type ActionRow, type ActionStatus } from "../../../lib/assessment/types";
import { statusLabel } from "../../../i18n/assessment";
import { t } from "../../../i18n/questionnaire";
import { PlanTable } from "../report/PlanTable";

interface Props {
  rows: ActionRow[];
  onChange: (rows: ActionRow[]) => void;
}

/** The action plan as a table of inputs; every change goes back as the whole new list of rows. */
export function ActionPlan({ rows, onChange }: Props) {
  const edit = (id: string, patch: Partial<ActionRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const value = (ev: Event) => (ev.currentTarget as HTMLInputElement).value;
  return (
    <>
      <PlanTable class="report-plan" editable>
        {rows.map((r, i) => (
          <tr key={r.id}>
            <td>
              <textarea
                aria-label={t("questionnaire.plan.activity", { n: i + 1 })}
                maxLength={1000}
                value={r.kegiatan}
                onInput={(e) => edit(r.id, { kegiatan: value(e) })}
              />
            </td>
            <td>
              <input
                type="text"
                aria-label={t("questionnaire.plan.owner", { n: i + 1 })}
                maxLength={200}
                value={r.penanggungJawab}
                onInput={(e) => edit(r.id, { penanggungJawab: value(e) })}
              />
            </td>
            <td>
              <input
                type="date"
                aria-label={t("questionnaire.plan.deadline", { n: i + 1 })}
                value={r.tenggat}
                onChange={(e) => edit(r.id, { tenggat: value(e) })}
              />
            </td>
            <td>
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
            </td>
            <td class="no-print">
              <button type="button" class="asm-link-button" onClick={() => onChange(rows.filter((x) => x.id !== r.id))}>
                {t("assessment.delete")}
                <span class="visually-hidden"> {t("questionnaire.plan.deleteRow", { n: i + 1 })}</span>
              </button>
            </td>
          </tr>
        ))}
      </PlanTable>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => onChange([...rows, newActionRow(rows)])}>
          {t("questionnaire.plan.add")}
        </button>
      </p>
    </>
  );
}
