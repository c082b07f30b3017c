import type { BankData, BankItem } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";
import { StepTitle } from "./StepTitle";

interface Props {
  bank: BankData;
  unanswered: BankItem[];
  onGoto: (dimensionIndex: number) => void;
}

export function ReviewStep({ bank, unanswered, onGoto }: Props) {
  const byDim = bank.dimensions
    .map((d, index) => ({ d, index, items: unanswered.filter((i) => i.dimension === d.id) }))
    .filter((g) => g.items.length > 0);
  return (
    <section class="asm-step">
      <StepTitle>{t("questionnaire.review.title")}</StepTitle>
      {byDim.length === 0 ? (
        <p>{t("questionnaire.review.complete", { total: bank.items.length })}</p>
      ) : (
        <>
          <p>{t("questionnaire.review.incomplete", { unanswered: unanswered.length, total: bank.items.length })}</p>
          {byDim.map((g) => (
            <div key={g.d.id}>
              <h3>{g.d.name}</h3>
              <ul class="asm-unanswered">
                {g.items.map((i) => (
                  <li key={i.id}>{i.statement}</li>
                ))}
              </ul>
              <button type="button" class="asm-link-button" onClick={() => onGoto(g.index)}>
                {t("questionnaire.review.goto", { dimension: g.d.shortLabel })}
              </button>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
