import type { ResultScore } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { formatDecimal, formatShare } from "../../../lib/site/format";
import { bandLabel, t } from "../../../i18n/report";

/** The overall index on both scales, its band and the evidence coverage. */
export function OverallIndex({ bank, score }: { bank: BankData; score: ResultScore }) {
  return (
    <div class={`report-overall band-${score.overallBand ?? "none"}`}>
      <p class="report-index">{formatMean(score.overall)}</p>
      <p>
        {t("report.overall.scale", { of100: score.overall100 === null ? "–" : formatDecimal(score.overall100) })}{" "}
        <span class="report-band">{bandLabel(bank, score.overallBand)}</span>
      </p>
      <p>{t("report.overall.coverage", { share: formatShare(score.evidenceCoverage) })}</p>
    </div>
  );
}
