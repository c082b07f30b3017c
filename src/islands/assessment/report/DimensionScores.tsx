import type { ResultScore } from "../../../lib/assessment/scoring";
import { summarize } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { summaryLines, t } from "../../../i18n/report";
import { RadarChart } from "../charts/RadarChart";
import { BarChart } from "./BarChart";
import { ScoresTable } from "./ScoresTable";
import { Summary } from "./Summary";

/** Scores per dimension three ways (radar, sorted bars, table) and the summary in words. */
export function DimensionScores({ bank, score }: { bank: BankData; score: ResultScore }) {
  const lines = summaryLines(summarize(bank, score));
  const radarData = { labels: score.dimensions.map((d) => d.shortLabel), values: score.dimensions.map((d) => d.mean) };
  const radarText = t("report.radar.description", { n: score.dimensions.length, bands: lines[1] ?? "" });
  return (
    <>
      <RadarChart data={radarData} description={radarText} fallback={t("report.radar.fallback")} />
      <Summary lines={lines} />
      {/* On paper the table below carries the same figures: the bars stay on screen. */}
      <div class="report-bars-block no-print">
        <h4>{t("report.bars.title")}</h4>
        <BarChart bank={bank} score={score} />
      </div>
      <ScoresTable bank={bank} score={score} />
    </>
  );
}
