import { barRows } from "../../../lib/assessment/bars";
import type { ResultScore } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { dimensionVerdict, t } from "../../../i18n/report";

/**
 * Sorted horizontal bars in SVG, every bar with its value and band in text. Label, track and value are three grid
 * columns of fixed width shared by all rows, so every track has the same length: one scale for all bars.
 */
export function BarChart({ bank, score }: { bank: BankData; score: ResultScore }) {
  return (
    <ol class="report-bars" aria-label={t("report.bars.label")}>
      {barRows(score).map((row) => (
        <li class={`report-bar band-${row.band ?? "none"}`} key={row.id}>
          <span class="report-bar-label">{row.label}</span>
          <svg
            class="report-bar-track"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect x="0" y="0" width="100" height="10" fill="var(--bg-soft)" stroke="var(--line)" stroke-width="0.5" />
            <rect x="0" y="0" width={row.fraction * 100} height="10" fill="var(--band)" />
          </svg>
          <span class="report-bar-value">
            {formatMean(row.mean)} · {dimensionVerdict(bank, row)}
          </span>
        </li>
      ))}
    </ol>
  );
}
