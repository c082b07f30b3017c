// How an answer reads: the bank's own label of the level ("Setuju", "Disepakati"), for reports and exports.
import { scaleOf } from "./bank-json";
import type { Answer, BankData } from "./types";

/** The level's label on the item's own scale for a 1–5 answer; undefined for "tb", "tt" or no answer. */
export function levelLabel(
  bank: Pick<BankData, "scales" | "items">,
  itemId: string,
  answer: Answer | undefined,
): string | undefined {
  const item = bank.items.find((i) => i.id === itemId);
  if (typeof answer !== "number" || !item) return undefined;
  return scaleOf(bank, item).levels.find((l) => l.value === answer)?.label;
}
