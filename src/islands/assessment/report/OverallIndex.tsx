import type { ResultScore } from "../../../lib/assessment/scoring";
import { bandLabel, formatMean, formatShare } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { formatDecimal } from "../../../lib/site/format";

/** The overall index on both scales, its band and the evidence coverage. */
export function OverallIndex({ bank, score }: { bank: BankData; score: ResultScore }) {
  return (
    <div class={`asm-overall band-${score.overallBand ?? "none"}`}>
      <p class="asm-index">{formatMean(score.overall)}</p>
      <p>
        dari 5 · {score.overall100 === null ? "–" : formatDecimal(score.overall100)} dari 100 ·{" "}
        <span class="asm-band">{bandLabel(bank, score.overallBand)}</span>
      </p>
      <p>Cakupan bukti: {formatShare(score.evidenceCoverage)} jawaban 4–5 didukung bukti</p>
    </div>
  );
}
