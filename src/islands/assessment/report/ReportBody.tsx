// The part of a result report that the questionnaire's results and the read-only view (/penilaian/hasil/) share:
// facts, overall index, scores per dimension and priorities. Each layout adds its own title and action plan.
import type { Priorities as PriorityList, ResultScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";
import { Priorities } from "./Priorities";
import { DimensionScores } from "./DimensionScores";
import { OverallIndex } from "./OverallIndex";
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
  return (
    <>
      <ResultFacts bank={bank} result={result} score={score} />
      <ReportSection id={`${idPrefix}-h-overall`} title={t("report.section.overall")}>
        <OverallIndex bank={bank} score={score} />
      </ReportSection>
      <ReportSection id={`${idPrefix}-h-charts`} title={t("report.section.scores")}>
        <DimensionScores bank={bank} score={score} />
      </ReportSection>
      <ReportSection id={`${idPrefix}-h-prio`} title={t("report.section.priorities")}>
        <Priorities bank={bank} priorities={prio} cases={cases} partnerType={result.context.jenisMitra} />
      </ReportSection>
    </>
  );
}
