import type { ResultScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";
import { answerText } from "../ui/answer-text";

/** Key items answered at the lowest two levels, listed by their statement before anything else. */
export function KeyItems({ bank, result, score }: { bank: BankData; result: StoredResult; score: ResultScore }) {
  const low = score.dimensions.flatMap((d) => d.unmetKeyItems.map((id) => ({ id, dimension: d.name })));
  if (low.length === 0) return null;
  return (
    <div class="report-keyitems">
      <h4>{t("report.keyItems.title")}</h4>
      <p>{t("report.keyItems.intro")}</p>
      <ul>
        {low.map(({ id, dimension }) => (
          <li key={id}>
            <strong>{bank.items.find((i) => i.id === id)?.statement ?? id}</strong>
            <br />
            <span class="muted">
              {t("report.keyItems.answer", { answer: answerText(bank, id, result.answers[id]), dimension })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
