import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { unansweredItems } from "../../../lib/assessment/result";
import { t } from "../../../i18n/questionnaire";
import { answerText } from "../ui/answer-text";
import { StepTitle } from "./StepTitle";

interface Props {
  bank: BankData;
  result: StoredResult;
  onGoto: (dimensionIndex: number) => void;
}

/** Every answer, dimension by dimension, to check before the results; each dimension links back to its step. */
export function ReviewStep({ bank, result, onGoto }: Props) {
  const unanswered = unansweredItems(bank, result).length;
  return (
    <section class="asm-step">
      <StepTitle>{t("questionnaire.review.title")}</StepTitle>
      <p>
        {unanswered === 0
          ? t("questionnaire.review.complete", { total: bank.items.length })
          : t("questionnaire.review.incomplete", { unanswered, total: bank.items.length })}
      </p>
      {bank.dimensions.map((d, index) => {
        const items = bank.items.filter((i) => i.dimension === d.id);
        const missing = items.filter((i) => result.answers[i.id] === undefined).length;
        return (
          <section class="asm-review" key={d.id} aria-labelledby={`periksa-${d.id}`}>
            <h3 id={`periksa-${d.id}`}>
              {index + 1}. {d.name}
            </h3>
            <dl>
              {items.map((i) => (
                <div key={i.id} class={result.answers[i.id] === undefined ? "asm-review-missing" : undefined}>
                  <dt>{i.statement}</dt>
                  <dd>{answerText(bank, i.id, result.answers[i.id])}</dd>
                </div>
              ))}
            </dl>
            <button type="button" class="asm-link-button" onClick={() => onGoto(index)}>
              {t(missing > 0 ? "questionnaire.review.goto" : "questionnaire.review.change", {
                dimension: d.shortLabel,
              })}
            </button>
          </section>
        );
      })}
    </section>
  );
}
