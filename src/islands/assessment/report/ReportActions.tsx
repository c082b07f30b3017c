import { t } from "../../../i18n/report";
import { PrintLayoutChoice } from "./PrintLayoutChoice";
import { PrintButton } from "../ui/PrintButton";

/**
 * The report's first actions, above the verdict: print it (what most readers came for) as the report or as a
 * telaahan staf, or change the answers.
 */
export function ReportActions({ onEdit }: { onEdit?: (() => void) | undefined }) {
  return (
    <div class="report-actions no-print">
      <PrintLayoutChoice />
      <PrintButton label={t("report.actions.print")} />
      {onEdit && (
        <button type="button" class="button secondary" onClick={onEdit}>
          {t("report.actions.edit")}
        </button>
      )}
      <a href="#share-tools-title">{t("report.actions.save")}</a>
    </div>
  );
}
