import { formatLocalDate } from "../../../lib/site/format";
import type { ActionRow } from "../../../lib/assessment/types";
import { statusLabel } from "../../../i18n/report";
import { PlanTable } from "./PlanTable";

/** The action plan as text, for a result that is only read (nothing here can be edited). */
export function ReadOnlyPlan({ rows }: { rows: ActionRow[] }) {
  return (
    <PlanTable class="data-table" editable={false}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>{row.kegiatan}</td>
          <td>{row.penanggungJawab || "–"}</td>
          <td>{row.tenggat ? formatLocalDate(row.tenggat) : "–"}</td>
          <td>{statusLabel(row.status)}</td>
        </tr>
      ))}
    </PlanTable>
  );
}
