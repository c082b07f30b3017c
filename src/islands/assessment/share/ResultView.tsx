// A read-only report of one result against its own bank version: the same parts as the questionnaire's results
// (the shared report body), without editing.
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";
import { ReportActions } from "../report/ReportActions";
import { ReportBody } from "../report/ReportBody";
import { ReportEnd } from "../report/ReportEnd";
import { TelaahanStaf } from "../telaahan/TelaahanStaf";
import { ReportSection } from "../report/ReportSection";
import { useScored } from "../report/use-scored";
import { ReadOnlyPlan } from "../report/ReadOnlyPlan";

export function ResultView({ bank, result }: { bank: BankData; result: StoredResult }) {
  const { score, prio } = useScored(bank, result);
  return (
    <div class="report">
      <h2>{result.name || t("report.title", { title: bank.title })}</h2>
      {result.kesepakatan && (
        <p class="report-agreed-mark">{t("report.agreed.mark", { n: result.kesepakatan.responden })}</p>
      )}
      <ReportActions />
      <ReportBody bank={bank} result={result} score={score} prio={prio} idPrefix="shown" />
      {result.actionPlan.length > 0 && (
        <ReportSection id="shown-h-plan" title={t("report.plan.title")}>
          <ReadOnlyPlan rows={result.actionPlan} />
        </ReportSection>
      )}
      <ReportEnd />
      <TelaahanStaf bank={bank} result={result} score={score} prio={prio} />
    </div>
  );
}
