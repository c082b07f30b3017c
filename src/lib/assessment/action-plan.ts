// Seeds the editable action plan from the priorities; the user's own rows are never overwritten.
import type { DimensionScore } from "./scoring";
import { recommendationFor } from "./recommend";
import type { ActionRow, BankData } from "./types";

/**
 * One row per priority dimension that has no row yet; existing rows keep their text and order. The activity is the
 * recommendation's action line (a verb first); `noAdvice` is written when the bank has none for the dimension's band
 * (the UI passes it in its own language).
 */
export function seedActionPlan(
  bank: BankData,
  prioritized: readonly DimensionScore[],
  existing: readonly ActionRow[],
  noAdvice: string,
): ActionRow[] {
  const have = new Set(existing.map((r) => r.dimension).filter((d) => d !== ""));
  const added: ActionRow[] = prioritized
    .filter((d) => !have.has(d.id))
    .map((d) => {
      const rec = recommendationFor(bank, d.id, d.band);
      return {
        id: `rencana-${d.id}`,
        dimension: d.id,
        kegiatan: `${d.name}: ${rec?.aksi ?? noAdvice}`,
        penanggungJawab: "",
        tenggat: "",
        status: "belum",
      };
    });
  return [...existing, ...added];
}

export function newActionRow(existing: readonly ActionRow[]): ActionRow {
  let n = existing.length + 1;
  while (existing.some((r) => r.id === `rencana-${n}`)) n++;
  return { id: `rencana-${n}`, dimension: "", kegiatan: "", penanggungJawab: "", tenggat: "", status: "belum" };
}
