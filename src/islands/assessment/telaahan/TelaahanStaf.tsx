// The result as a telaahan staf: the memo an officer hands a superior, in the order the naskah dinas form uses
// (persoalan, praanggapan, fakta, analisis, kesimpulan, saran), then every answer as its attachment. Print only:
// the results page shows the usual report and offers this as the second print layout (PrintLayoutChoice).
import type { Priorities, ResultScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { resultDate } from "../../../lib/assessment/format";
import { summarize } from "../../../lib/assessment/summary";
import { formatShare, formatThreshold } from "../../../lib/site/format";
import { summaryLines } from "../../../i18n/report";
import { t } from "../../../i18n/telaahan";
import { KeyItems } from "../report/KeyItems";
import { OverallIndex } from "../report/OverallIndex";
import { ReadOnlyPlan } from "../report/ReadOnlyPlan";
import { ScoresTable } from "../report/ScoresTable";
import { siteAddress } from "../ui/site-address";
import * as routes from "../../../lib/site/routes";
import { TelaahanAnalysis } from "./TelaahanAnalysis";
import { TelaahanAppendix } from "./TelaahanAppendix";
import { TelaahanBasis } from "./TelaahanBasis";
import { TelaahanHead } from "./TelaahanHead";

interface Props {
  bank: BankData;
  result: StoredResult;
  score: ResultScore;
  prio: Priorities;
}

export function TelaahanStaf({ bank, result, score, prio }: Props) {
  const [top, middle] = [...bank.bands].sort((a, b) => b.min - a.min);
  const unmet = score.dimensions.some((d) => d.unmetKeyItems.length > 0);
  const high = score.dimensions.reduce((n, d) => n + d.high, 0);
  const backed = score.dimensions.reduce((n, d) => n + d.highWithEvidence, 0);
  return (
    <div class="telaahan print-only">
      <p class="telaahan-title">{t("telaahan.title")}</p>
      <TelaahanHead bank={bank} result={result} />
      <ol class="telaahan-body">
        <li>
          <h3>{t("telaahan.problem.title")}</h3>
          <p>
            {t("telaahan.problem.body", {
              agency: result.context.instansi.trim() || t("telaahan.problem.someAgency"),
              bank: bank.title,
              date: resultDate(result),
            })}
          </p>
          {result.kesepakatan && <p>{t("telaahan.problem.agreed", { n: result.kesepakatan.responden })}</p>}
        </li>
        <li>
          <h3>{t("telaahan.assume.title")}</h3>
          <ol type="a">
            <li>{t("telaahan.assume.view")}</li>
            <li>
              {t("telaahan.assume.self", {
                top: formatThreshold(top?.min ?? 4),
                middle: formatThreshold(middle?.min ?? 3),
              })}
            </li>
            <li>{t("telaahan.assume.rules")}</li>
          </ol>
        </li>
        <li>
          <h3>{t("telaahan.facts.title")}</h3>
          <ol type="a">
            <li>
              <TelaahanBasis refs={result.rujukan} />
            </li>
            <li>
              <h4>{t("telaahan.facts.result")}</h4>
              <OverallIndex bank={bank} result={result} score={score} />
              <ScoresTable bank={bank} score={score} class="telaahan-scores" />
              {unmet ? (
                <KeyItems bank={bank} result={result} score={score} />
              ) : (
                <p>{t("telaahan.facts.keyItemsMet")}</p>
              )}
              <p>
                {high > 0
                  ? t("telaahan.facts.evidence", { backed, high, share: formatShare(backed / high) })
                  : t("telaahan.facts.noHigh")}
              </p>
            </li>
          </ol>
        </li>
        <li>
          <h3>{t("telaahan.analysis.title")}</h3>
          <TelaahanAnalysis bank={bank} result={result} prio={prio} />
        </li>
        <li>
          <h3>{t("telaahan.conclusion.title")}</h3>
          {summaryLines(summarize(bank, score)).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </li>
        <li>
          <h3>{t("telaahan.advice.title")}</h3>
          {result.actionPlan.length > 0 ? (
            <>
              <p>{t("telaahan.advice.intro")}</p>
              <ReadOnlyPlan rows={result.actionPlan} />
            </>
          ) : (
            <p>{t("telaahan.advice.none")}</p>
          )}
        </li>
      </ol>
      <dl class="telaahan-sign">
        <dt>{t("telaahan.sign.position")}</dt>
        <dd class="telaahan-line" />
        <dt>{t("telaahan.sign.name")}</dt>
        <dd class="telaahan-line" />
        <dt>{t("telaahan.sign.id")}</dt>
        <dd class="telaahan-line" />
      </dl>
      <p class="telaahan-note">{t("telaahan.note", { url: siteAddress(routes.methodologySection("telaahan")) })}</p>
      <TelaahanAppendix bank={bank} result={result} score={score} />
    </div>
  );
}
