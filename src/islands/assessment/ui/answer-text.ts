// An answer as the report writes it: the bank's level label, or the words for "Tidak berlaku" and "Tidak tahu".
import { levelLabel } from "../../../lib/assessment/answers";
import type { Answer, BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/assessment";

export function answerText(bank: BankData, itemId: string, a: Answer | undefined): string {
  if (a === "tb") return t("assessment.answer.tb");
  if (a === "tt") return t("assessment.answer.tt");
  const label = levelLabel(bank, itemId, a);
  return a === undefined || label === undefined ? t("assessment.answer.none") : `${a} (${label})`;
}

/** An evidence type as the bank names it (its id when a result names one the bank lacks). */
export const evidenceLabel = (bank: Pick<BankData, "evidence">, id: string): string =>
  bank.evidence.find((e) => e.id === id)?.label ?? id;
