import type { ResultScore } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { formatShare, formatThreshold } from "../../../lib/site/format";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { bandLabel, t } from "../../../i18n/report";
import { Rich } from "../ui/Rich";
import { answerText } from "../ui/answer-text";

interface Props {
  bank: BankData;
  result: StoredResult;
  score: ResultScore;
}

/** The overall verdict: the index and its band, what holds the band back, or why there is no index yet. */
export function OverallIndex({ bank, result, score }: Props) {
  const [top, middle] = [...bank.bands].sort((a, b) => b.min - a.min);
  const held = score.heldBackBy;
  const statement = (id: string) => bank.items.find((i) => i.id === id)?.statement ?? id;
  return (
    <div class={`report-overall band-${score.overallBand ?? "none"}`}>
      {score.overall === null ? (
        <>
          <p class="report-index">{bandLabel(bank, null)}</p>
          <p>
            {t("report.overall.insufficient", {
              scored: score.scoredCount,
              total: score.dimensions.length,
              min: score.minScored,
            })}
          </p>
        </>
      ) : (
        <>
          <p class="report-index">{formatMean(score.overall)}</p>
          <p>
            {t("report.overall.scale")} <span class="report-band">{bandLabel(bank, score.overallBand)}</span>
          </p>
        </>
      )}
      {(held.dimensions.length > 0 || held.keyItems.length > 0) && (
        <div class="report-held">
          <p>{t("report.overall.heldBack", { band: bandLabel(bank, score.overallBand) })}</p>
          <ul>
            {held.keyItems.map((id) => (
              <li key={id}>
                {t("report.overall.heldByKeyItem", {
                  statement: statement(id),
                  answer: answerText(bank, id, result.answers[id]),
                })}
              </li>
            ))}
            {held.dimensions.map((id) => {
              const d = score.dimensions.find((x) => x.id === id)!;
              return (
                <li key={id}>{t("report.overall.heldByDimension", { name: d.name, band: bandLabel(bank, d.band) })}</li>
              );
            })}
          </ul>
        </div>
      )}
      <p>{t("report.overall.coverage", { share: formatShare(score.evidenceCoverage) })}</p>
      <p class="muted">
        <Rich
          text={t("report.overall.convention", {
            top: formatThreshold(top?.min ?? 4),
            middle: formatThreshold(middle?.min ?? 3),
          })}
          links={{ metodologi: withBase(routes.methodology) }}
        />
      </p>
    </div>
  );
}
