// Step 4 of the comparison, loaded once two results are in: the comparison itself, or (in anonymous mode below the
// threshold) only the overall mean and why.
import { anonymousView, compareResults, type CompareInput } from "../../../lib/assessment/compare";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { t, tm } from "../../../i18n/compare";
import { Alert } from "../ui/Alert";
import { AgreedEntry } from "./AgreedEntry";
import type { AgreedState, AgreedUpdate } from "./agreed-state";
import type { CompareSettings } from "./CompareOptions";
import { CompareReport } from "./CompareReport";

export interface CompareResultProps {
  bank: BankData;
  inputs: CompareInput[];
  settings: CompareSettings;
  agreed: AgreedState;
  onAgreed: AgreedUpdate;
}

const unnamed = (n: number) => t("compare.respondent", { n });

export function CompareResult({ bank, inputs, settings, agreed, onAgreed }: CompareResultProps) {
  const anon = settings.anonymous ? anonymousView(bank, inputs, settings.threshold, unnamed) : undefined;
  if (anon && !anon.allowed)
    return (
      <section class="cmp-report" aria-labelledby="cmp-report-title">
        <h2 id="cmp-report-title">{t("compare.report.title")}</h2>
        <Alert id="cmp-anon-reason" announce={false}>
          {tm(anon.reason)}
        </Alert>
        <p>
          {t("compare.anonymousOverall", { n: anon.respondents })} <strong>{formatMean(anon.overall)}</strong>{" "}
          {t("compare.of5")}
        </p>
        <p>{t("compare.agreed.anonymousTooFew", { threshold: anon.threshold })}</p>
      </section>
    );
  return (
    <>
      <CompareReport
        bank={bank}
        c={anon?.allowed ? anon.comparison : compareResults(bank, inputs, settings.mode, unnamed)}
        anonymous={settings.anonymous}
      />
      <AgreedEntry bank={bank} results={inputs.map((i) => i.result)} state={agreed} onState={onAgreed} />
    </>
  );
}
