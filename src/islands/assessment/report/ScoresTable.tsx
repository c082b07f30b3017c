import type { ResultScore } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { formatShare } from "../../../lib/site/format";
import { bandLabel, dimensionVerdict, t } from "../../../i18n/report";
import { DataTable } from "../ui/DataTable";

/** Every dimension's score; `class` tells a second copy (the telaahan staf's) apart from the report's own. */
export function ScoresTable({
  bank,
  score,
  class: className = "report-scores",
}: {
  bank: BankData;
  score: ResultScore;
  class?: string;
}) {
  return (
    <DataTable
      class={className}
      caption={t("report.scores.caption")}
      head={
        <>
          <th scope="col">{t("report.scores.dimension")}</th>
          <th scope="col">{t("report.scores.mean")}</th>
          <th scope="col">{t("report.scores.band")}</th>
          <th scope="col">{t("report.scores.answered")}</th>
          <th scope="col">{t("report.scores.notApplicable")}</th>
          <th scope="col">{t("report.scores.unknown")}</th>
          <th scope="col">{t("report.scores.coverage")}</th>
        </>
      }
      foot={
        <tr>
          <th scope="row">{t("report.scores.overall")}</th>
          <td>{formatMean(score.overall)}</td>
          <td>{bandLabel(bank, score.overallBand)}</td>
          <td colSpan={3}>
            {t("report.scores.scoredOf", { scored: score.scoredCount, total: score.dimensions.length })}
          </td>
          <td>{formatShare(score.evidenceCoverage)}</td>
        </tr>
      }
    >
      {score.dimensions.map((d) => (
        <tr key={d.id}>
          <th scope="row">{d.name}</th>
          <td>{formatMean(d.mean)}</td>
          <td>{dimensionVerdict(bank, d)}</td>
          <td>{t("report.scores.answeredOf", { answered: d.answered, items: d.items })}</td>
          <td>{d.tidakBerlaku}</td>
          <td>{d.manyUnknown ? t("report.scores.manyUnknown", { n: d.tidakTahu }) : d.tidakTahu}</td>
          <td>{formatShare(d.evidenceCoverage)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
