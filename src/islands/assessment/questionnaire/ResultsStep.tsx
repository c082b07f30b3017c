// The questionnaire's last step: the report, the editable action plan, the comparison with an earlier result and
// the export tools. Loaded by dynamic import only when the user reaches the results, so it is not part of the
// questionnaire's JS. The result arrives completed and with its plan seeded (lib/assessment/result.ts complete()).
import { setActionPlan } from "../../../lib/assessment/result";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";
import { t as tr } from "../../../i18n/report";
import { Overlay } from "../history/Overlay";
import { ReadOnlyPlan } from "../report/ReadOnlyPlan";
import { ReportActions } from "../report/ReportActions";
import { ReportBody } from "../report/ReportBody";
import { ReportEnd } from "../report/ReportEnd";
import { TelaahanStaf } from "../telaahan/TelaahanStaf";
import { ReportSection } from "../report/ReportSection";
import { useScored } from "../report/use-scored";
import { ResultTools } from "../share/ResultTools";
import { PrintButton } from "../ui/PrintButton";
import { ActionPlan } from "./ActionPlan";
import { StepTitle } from "./StepTitle";

// The questionnaire completes a result as it enters this step; the scoring that needs comes in this chunk too.
export { complete } from "../../../lib/assessment/complete";

export interface ResultsStepProps {
  bank: BankData;
  result: StoredResult;
  onChange: (next: StoredResult) => void;
  onEdit: () => void;
}

export function ResultsStep({ bank, result, onChange, onEdit }: ResultsStepProps) {
  const { score, prio } = useScored(bank, result);
  return (
    <div class="report">
      <StepTitle>{tr("report.title", { title: bank.title })}</StepTitle>
      <ReportActions onEdit={onEdit} />
      <ReportBody bank={bank} result={result} score={score} prio={prio} idPrefix="results" />

      <ReportSection id="results-h-plan" title={tr("report.plan.title")}>
        <p class="no-print muted">{t("questionnaire.results.planHelp")}</p>
        <ActionPlan rows={result.actionPlan} onChange={(rows) => onChange(setActionPlan(result, rows))} />
        <div class="print-only">
          <ReadOnlyPlan rows={result.actionPlan} />
        </div>
      </ReportSection>

      <Overlay bank={bank} result={result} />
      <ResultTools bank={bank} result={result} showBackup />
      <ReportEnd />
      <TelaahanStaf bank={bank} result={result} score={score} prio={prio} />

      <div class="asm-actions no-print">
        <PrintButton label={t("questionnaire.results.print")} />
        <button type="button" class="button secondary" onClick={onEdit}>
          {t("questionnaire.results.edit")}
        </button>
      </div>
    </div>
  );
}
