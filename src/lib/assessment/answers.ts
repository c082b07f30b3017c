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

/**
 * The answers a statement offers, in the questionnaire's order: its scale's levels, then "Tidak berlaku" (never on a
 * key item or an item that says so: a partnership cannot lack its legal basis and call it not applicable), then
 * "Tidak tahu".
 */
export function answerChoices(bank: Pick<BankData, "scales" | "keyItems">, item: BankData["items"][number]): Answer[] {
  const levels = scaleOf(bank, item).levels.map((l) => l.value as Answer);
  const tb = item.tidakBerlaku !== false && !bank.keyItems.includes(item.id);
  return [...levels, ...(tb ? (["tb"] as const) : []), "tt"];
}
