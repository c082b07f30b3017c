import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";

interface Props {
  bank: BankData;
  saved: StoredResult;
  onResume: () => void;
  onRestart: () => void;
}

/** An assessment of this bank version is saved on the device: continue it, or start again. */
export function ResumePrompt({ bank, saved, onResume, onRestart }: Props) {
  const answered = bank.items.filter((i) => saved.answers[i.id] !== undefined).length;
  return (
    <section class="box asm-resume" aria-labelledby="asm-resume-title">
      <h2 id="asm-resume-title" class="asm-step-title" tabIndex={-1}>
        {t("questionnaire.resume.title")}
      </h2>
      <p>
        {t("questionnaire.resume.body", {
          forAgency: saved.context.instansi
            ? t("questionnaire.resume.forAgency", { agency: saved.context.instansi })
            : "",
          answered,
          total: bank.items.length,
          done: saved.completedAt ? t("questionnaire.resume.done") : "",
        })}
      </p>
      <div class="asm-actions">
        <button type="button" class="button" onClick={onResume}>
          {t("questionnaire.resume.continue")}
        </button>
        <button type="button" class="button secondary" onClick={onRestart}>
          {t("questionnaire.resume.restart")}
        </button>
      </div>
      <p class="muted">{t("questionnaire.resume.restartNote")}</p>
    </section>
  );
}
