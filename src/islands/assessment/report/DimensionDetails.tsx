import type { ResultScore } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { dimensionVerdict, t } from "../../../i18n/report";
import { Advice } from "./Advice";
import { ItemLists } from "./ItemLists";

/**
 * Every dimension, folded: its verdict in the summary line, then its advice (kept even for strengths), its low and
 * unbacked statements and its "Tidak berlaku" reasons. The priorities above show the first three open.
 */
export function DimensionDetails({
  bank,
  result,
  score,
}: {
  bank: BankData;
  result: StoredResult;
  score: ResultScore;
}) {
  return (
    <>
      <p>{t("report.details.intro")}</p>
      {score.dimensions.map((d) => {
        const verdict = dimensionVerdict(bank, d);
        const nothing = d.lowItems.length === 0 && d.unbackedItems.length === 0;
        return (
          <details class={`report-dimension band-${d.band ?? "none"}`} key={d.id}>
            <summary>
              {d.mean === null
                ? t("report.details.summary", { name: d.name, verdict })
                : t("report.details.summaryMean", { name: d.name, mean: formatMean(d.mean), verdict })}
            </summary>
            {d.status === "unknown" && <p>{t("report.details.unknownHint")}</p>}
            <Advice bank={bank} d={d} />
            <ItemLists bank={bank} result={result} d={d} />
            {nothing && d.scored && <p class="muted">{t("report.details.nothing")}</p>}
          </details>
        );
      })}
    </>
  );
}
