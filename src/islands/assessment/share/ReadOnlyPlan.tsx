import { formatLocalDate } from "../../../lib/assessment/dates";
import { actionStatusLabels, type ActionRow } from "../../../lib/assessment/types";
import { PlanTable } from "../report/PlanTable";

/** The action plan as text, for a result that is only read (nothing here can be edited). */
export function ReadOnlyPlan({ rows }: { rows: ActionRow[] }) {
  return (
    <PlanTable class="p2-table" editable={false}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>{row.kegiatan}</td>
          <td>{row.penanggungJawab || "–"}</td>
          <td>{row.tenggat ? formatLocalDate(row.tenggat) : "–"}</td>
          <td>{actionStatusLabels[row.status]}</td>
        </tr>
      ))}
    </PlanTable>
  );
}
