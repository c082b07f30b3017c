// A bank may declare which answers of its previous version carry over (`pemetaan`). The schema can only see one file;
// this checks the declaration against the earlier file, so a bad mapping fails the build naming the file.
import { legacyScaleId, type Instrument } from "./schema/instrument";

/** What the check needs of one bank file. */
export type MappedBank = Pick<Instrument, "id" | "version" | "items" | "scales" | "pemetaan"> & {
  /** Path of the bank file, named in every problem. */
  file: string;
};

/**
 * The kind of scale an item is answered on: its own `scale` (version 2 on), else the bank-wide agreement scale of
 * version 1. Scale ids name their kind, so two items share a kind exactly when the ids match.
 */
export function scaleKindOf(bank: Pick<MappedBank, "scales">, item: Instrument["items"][number]): string {
  return bank.scales ? (item.scale ?? "") : legacyScaleId;
}

/** Problems with every declared mapping; none when no bank declares one. */
export function findMappingProblems(banks: readonly MappedBank[]): string[] {
  const byKey = new Map(banks.map((b) => [`${b.id}@${b.version}`, b]));
  const problems: string[] = [];
  for (const bank of banks) {
    if (!bank.pemetaan) continue;
    const { dari, butir } = bank.pemetaan;
    const source = byKey.get(`${bank.id}@${dari}`);
    if (dari >= bank.version) {
      problems.push(`${bank.file}: pemetaan harus dari versi sebelumnya, bukan dari ${bank.id}@${dari}.`);
      continue;
    }
    if (!source) {
      problems.push(`${bank.file}: pemetaan merujuk versi yang tidak ada: ${bank.id}@${dari}.`);
      continue;
    }
    const from = new Map(source.items.map((i) => [i.id, i]));
    const to = new Map(bank.items.map((i) => [i.id, i]));
    for (const [fromId, toId] of Object.entries(butir)) {
      const a = from.get(fromId);
      const b = to.get(toId);
      if (!a) problems.push(`${bank.file}: pemetaan dari butir yang tidak ada di ${bank.id}@${dari}: "${fromId}".`);
      if (!b) problems.push(`${bank.file}: pemetaan menuju butir yang tidak ada: "${toId}".`);
      if (!a || !b) continue;
      const kindA = scaleKindOf(source, a);
      const kindB = scaleKindOf(bank, b);
      if (kindA !== kindB)
        problems.push(
          `${bank.file}: "${fromId}" (skala ${kindA}) tidak dapat dipetakan ke "${toId}" (skala ${kindB}); jawaban hanya dibawa antarbutir dengan jenis skala yang sama.`,
        );
      if (a.dimension !== b.dimension)
        problems.push(
          `${bank.file}: "${fromId}" (${a.dimension}) dipetakan ke "${toId}" (${b.dimension}); butir yang dibawa harus tetap di dimensi yang sama.`,
        );
    }
  }
  return problems;
}
