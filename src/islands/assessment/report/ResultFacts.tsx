import type { ResultScore } from "../../../lib/assessment/scoring";
import { resultDate } from "../../../lib/assessment/format";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { facetLabel } from "../../../i18n/content";
import { t } from "../../../i18n/report";

/** Who, what and when: the context the user gave, the date and the questionnaire version. */
export function ResultFacts({ bank, result, score }: { bank: BankData; result: StoredResult; score: ResultScore }) {
  const ctx = result.context;
  return (
    <dl class="facts">
      {ctx.instansi && (
        <>
          <dt>{t("report.facts.agency")}</dt>
          <dd>{ctx.instansi}</dd>
        </>
      )}
      {ctx.kemitraan && (
        <>
          <dt>{t("report.facts.partnership")}</dt>
          <dd>{ctx.kemitraan}</dd>
        </>
      )}
      {ctx.jenisMitra && (
        <>
          <dt>{t("report.facts.partnerType")}</dt>
          <dd>{facetLabel("mitra", ctx.jenisMitra)}</dd>
        </>
      )}
      <dt>{t("report.facts.date")}</dt>
      <dd>{resultDate(result)}</dd>
      <dt>{t("report.facts.bank")}</dt>
      <dd>
        {t("report.facts.bankValue", {
          title: bank.title,
          version: bank.version,
          answered: score.answeredItems,
          total: score.totalItems,
        })}
      </dd>
    </dl>
  );
}
