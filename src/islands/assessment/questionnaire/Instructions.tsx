import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";

/** The bank's answering instructions, shown before the first statement (who "Kami" is, when to choose what). */
export function Instructions({ bank }: { bank: BankData }) {
  if (!bank.petunjuk || bank.petunjuk.length === 0) return null;
  return (
    <section class="box asm-instructions" aria-labelledby="asm-instructions-title">
      <h3 id="asm-instructions-title">{t("questionnaire.instructions")}</h3>
      <ul>
        {bank.petunjuk.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
