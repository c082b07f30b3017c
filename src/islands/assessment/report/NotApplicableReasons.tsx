import type { Priorities } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";

/**
 * On paper, every "Tidak berlaku" with its reason that the priorities do not already list: the screen shows them
 * under each dimension, which the printed report folds away to fit its pages.
 */
export function NotApplicableReasons({
  bank,
  result,
  prio,
}: {
  bank: BankData;
  result: StoredResult;
  prio: Priorities;
}) {
  const listed = new Set(prio.dimensions.map((d) => d.id));
  const items = bank.items.filter((i) => result.answers[i.id] === "tb" && !listed.has(i.dimension));
  if (items.length === 0) return null;
  return (
    <div class="print-only">
      <h4>{t("report.notApplicable.title")}</h4>
      <ul class="report-items">
        {items.map((i) => (
          <li key={i.id}>
            {t("report.item.reason", {
              statement: i.statement,
              reason: result.alasan?.[i.id]?.trim() || t("report.item.noReason"),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
