import type { ComponentChildren } from "preact";
import { t } from "../../../i18n/report";
import { DataTable } from "../ui/DataTable";

interface Props {
  class: string;
  /** The editable plan has a last column of row actions (not printed). */
  editable: boolean;
  /** The rows: inputs in the editable plan, text in the read-only one. */
  children: ComponentChildren;
}

/** The action plan's table: the same caption and columns whether it is edited or only read. */
export function PlanTable({ class: className, editable, children }: Props) {
  return (
    <DataTable
      class={className}
      caption={t("report.plan.title")}
      head={
        <>
          <th scope="col">{t("report.plan.activity")}</th>
          <th scope="col">{t("report.plan.owner")}</th>
          <th scope="col">{t("report.plan.deadline")}</th>
          <th scope="col">{t("report.plan.status")}</th>
          {editable && (
            <th scope="col" class="no-print">
              <span class="visually-hidden">{t("report.plan.actions")}</span>
            </th>
          )}
        </>
      }
    >
      {children}
    </DataTable>
  );
}
