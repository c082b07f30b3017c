import type { ComponentChildren } from "preact";
import { formatLocalDate } from "../../../lib/site/format";
import type { ActionRow } from "../../../lib/assessment/types";
import { statusLabel, t } from "../../../i18n/report";
import { PlanTable } from "./PlanTable";

/** An empty cell: a dash on screen, a line to write on in print. */
function Blank(): ComponentChildren {
  return (
    <span class="plan-blank">
      <span class="visually-hidden">{t("report.plan.blank")}</span>
    </span>
  );
}

/** The action plan as text: for a result that is only read, and for every printed report (full sentences). */
export function ReadOnlyPlan({ rows }: { rows: ActionRow[] }) {
  return (
    <PlanTable class="data-table report-plan-text" editable={false}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>{row.kegiatan || <Blank />}</td>
          <td>{row.penanggungJawab || <Blank />}</td>
          <td>{row.tenggat ? formatLocalDate(row.tenggat) : <Blank />}</td>
          <td>{statusLabel(row.status)}</td>
        </tr>
      ))}
    </PlanTable>
  );
}
