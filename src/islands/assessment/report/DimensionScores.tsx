import type { ResultScore } from "../../../lib/assessment/scoring";
import { summarize } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { BarChart } from "../BarChart";
import { RadarChart } from "../RadarChart";
import { ScoresTable } from "../ScoresTable";

/** Scores per dimension three ways (radar, sorted bars, table) and the summary in words. */
export function DimensionScores({ bank, score }: { bank: BankData; score: ResultScore }) {
  const summary = summarize(bank, score);
  const radarData = { labels: score.dimensions.map((d) => d.shortLabel), values: score.dimensions.map((d) => d.mean) };
  const radarText = `Grafik radar skor ${score.dimensions.length} dimensi. ${summary[1] ?? ""} Angka lengkap ada di tabel skor.`;
  return (
    <>
      <RadarChart data={radarData} description={radarText} />
      <h4>Diagram batang (dari tertinggi)</h4>
      <BarChart bank={bank} score={score} />
      <ScoresTable bank={bank} score={score} />
      <h4>Ringkasan</h4>
      {summary.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}
