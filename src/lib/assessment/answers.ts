// How an answer reads: the bank's own label of the level ("Setuju", "Disepakati"), for reports and exports.
import type { Answer, BankData } from "./types";

/** The level's label from the bank for a 1–5 answer; undefined for "tb", "tt" or no answer (the UI names those). */
export function levelLabel(bank: Pick<BankData, "scale">, answer: Answer | undefined): string | undefined {
  return typeof answer === "number" ? bank.scale.find((s) => s.value === answer)?.label : undefined;
}
