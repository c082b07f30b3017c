// The part of a result report that the questionnaire's results and the read-only view (/penilaian/hasil/) share,
// in the order a reader needs it: who and when, the verdict, the priorities, every dimension, then the charts.
import type { Priorities as PriorityList, ResultScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { resultDate } from "../../../lib/assessment/format";
import { t } from "../../../i18n/report";
import { t as tp } from "../../../i18n/print";
import { usePrintFooter } from "../ui/use-print-footer";
import { AgreedSpread } from "./AgreedSpread";
import { DimensionDetails } from "./DimensionDetails";
import { DimensionScores } from "./DimensionScores";
import { KeyItems } from "./KeyItems";
import { NotApplicableReasons } from "./NotApplicableReasons";
import { OverallIndex } from "./OverallIndex";
import { PlanningRefs } from "./PlanningRefs";
import { Priorities } from "./Priorities";
import { ReportSection } from "./ReportSection";
import { ResultFacts } from "./ResultFacts";
import { useCaseSummaries } from "./use-case-summaries";

interface Props {
  bank: BankData;
  result: StoredResult;
  score: ResultScore;
  prio: PriorityList;
  /** Prefix of the section heading ids, so two reports could share a page: "results" or "shown". */
  idPrefix: string;
}

export function ReportBody({ bank, result, score, prio, idPrefix }: Props) {
  const cases = useCaseSummaries();
  const agency = result.context.instansi.trim();
  const title = result.name || t("report.title", { title: bank.title });
  usePrintFooter(
    agency
      ? tp("print.footer", { title, agency, date: resultDate(result) })
      : tp("print.footerNoAgency", { title, date: resultDate(result) }),
  );
  return (
    <>
      <ResultFacts bank={bank} result={result} score={score} />
      <PlanningRefs refs={result.rujukan} id={`${idPrefix}-h-planning`} />
      <ReportSection id={`${idPrefix}-h-overall`} title={t("report.section.overall")}>
        <OverallIndex bank={bank} result={result} score={score} />
        <KeyItems bank={bank} result={result} score={score} />
      </ReportSection>
      <ReportSection id={`${idPrefix}-h-prio`} title={t("report.section.priorities")}>
        <Priorities bank={bank} result={result} priorities={prio} cases={cases} />
        <NotApplicableReasons bank={bank} result={result} prio={prio} />
      </ReportSection>
      {/* Folded on screen; on paper the priorities and the scores table stand for it (the report fits 4 pages). */}
      <div class="no-print">
        <ReportSection id={`${idPrefix}-h-details`} title={t("report.section.details")}>
          <DimensionDetails bank={bank} result={result} score={score} />
        </ReportSection>
      </div>
      <ReportSection id={`${idPrefix}-h-charts`} title={t("report.section.scores")}>
        <DimensionScores bank={bank} score={score} />
      </ReportSection>
      {result.kesepakatan && <AgreedSpread bank={bank} result={result} idPrefix={idPrefix} />}
    </>
  );
}
