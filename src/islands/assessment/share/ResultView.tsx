// A read-only report of one result against its own bank version: the same parts as the questionnaire's results
// (the shared report body), without editing.
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { ReportBody } from "../report/ReportBody";
import { ReportSection } from "../report/ReportSection";
import { useScored } from "../report/use-scored";
import { ReadOnlyPlan } from "./ReadOnlyPlan";

export function ResultView({ bank, result }: { bank: BankData; result: StoredResult }) {
  const { score, prio } = useScored(bank, result);
  return (
    <div class="asm-report">
      <h2>{result.name || `Hasil penilaian: ${bank.title}`}</h2>
      <ReportBody bank={bank} result={result} score={score} prio={prio} idPrefix="p2" />
      {result.actionPlan.length > 0 && (
        <ReportSection id="p2-h-plan" title="Rencana aksi">
          <ReadOnlyPlan rows={result.actionPlan} />
        </ReportSection>
      )}
    </div>
  );
}
