import type { ResultScore } from "../../lib/assessment/scoring";
import { bandLabel, formatMean, formatShare } from "../../lib/assessment/summary";
import { formatDecimal } from "../../lib/site/format";
import type { BankData } from "../../lib/assessment/types";

export function ScoresTable({ bank, score }: { bank: BankData; score: ResultScore }) {
  return (
    <div class="table-wrap">
      <table class="asm-scores">
        <caption>Skor per dimensi (rata-rata 1–5 dan skala 0–100)</caption>
        <thead>
          <tr>
            <th scope="col">Dimensi</th>
            <th scope="col">Rata-rata</th>
            <th scope="col">0–100</th>
            <th scope="col">Kategori</th>
            <th scope="col">Dijawab 1–5</th>
            <th scope="col">Tidak berlaku</th>
            <th scope="col">Tidak tahu</th>
            <th scope="col">Cakupan bukti</th>
          </tr>
        </thead>
        <tbody>
          {score.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              <td>{formatMean(d.mean)}</td>
              <td>{d.score100 === null ? "–" : formatDecimal(d.score100)}</td>
              <td>{bandLabel(bank, d.band)}</td>
              <td>
                {d.answered} dari {d.items}
              </td>
              <td>{d.tidakBerlaku}</td>
              <td>{d.manyUnknown ? `${d.tidakTahu} (banyak)` : d.tidakTahu}</td>
              <td>{formatShare(d.evidenceCoverage)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Indeks keseluruhan</th>
            <td>{formatMean(score.overall)}</td>
            <td>{score.overall100 === null ? "–" : formatDecimal(score.overall100)}</td>
            <td>{bandLabel(bank, score.overallBand)}</td>
            <td colSpan={3}>
              {score.scoredCount} dari {score.dimensions.length} dimensi dinilai
            </td>
            <td>{formatShare(score.evidenceCoverage)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
