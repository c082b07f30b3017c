import { newActionRow } from "../../lib/assessment/action-plan";
import { actionStatuses, actionStatusLabels, type ActionRow, type ActionStatus } from "../../lib/assessment/types";
import { PlanTable } from "./report/PlanTable";

interface Props {
  rows: ActionRow[];
  onChange: (rows: ActionRow[]) => void;
}

export function ActionPlan({ rows, onChange }: Props) {
  const edit = (id: string, patch: Partial<ActionRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const value = (ev: Event) => (ev.currentTarget as HTMLInputElement).value;
  return (
    <>
      <PlanTable class="asm-plan" editable>
        {rows.map((r, i) => (
          <tr key={r.id}>
            <td>
              <textarea
                aria-label={`Kegiatan ${i + 1}`}
                maxLength={1000}
                value={r.kegiatan}
                onInput={(e) => edit(r.id, { kegiatan: value(e) })}
              />
            </td>
            <td>
              <input
                type="text"
                aria-label={`Penanggung jawab kegiatan ${i + 1}`}
                maxLength={200}
                value={r.penanggungJawab}
                onInput={(e) => edit(r.id, { penanggungJawab: value(e) })}
              />
            </td>
            <td>
              <input
                type="date"
                aria-label={`Tenggat kegiatan ${i + 1}`}
                value={r.tenggat}
                onChange={(e) => edit(r.id, { tenggat: value(e) })}
              />
            </td>
            <td>
              <select
                aria-label={`Status kegiatan ${i + 1}`}
                value={r.status}
                onChange={(e) => edit(r.id, { status: value(e) as ActionStatus })}
              >
                {actionStatuses.map((s) => (
                  <option value={s} key={s}>
                    {actionStatusLabels[s]}
                  </option>
                ))}
              </select>
            </td>
            <td class="no-print">
              <button type="button" class="asm-link-button" onClick={() => onChange(rows.filter((x) => x.id !== r.id))}>
                Hapus<span class="visually-hidden"> kegiatan {i + 1}</span>
              </button>
            </td>
          </tr>
        ))}
      </PlanTable>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => onChange([...rows, newActionRow(rows)])}>
          Tambah kegiatan
        </button>
      </p>
    </>
  );
}
