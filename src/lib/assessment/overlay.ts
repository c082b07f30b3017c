// "Compare with a previous assessment": the change per dimension between two results of the same bank.
import { scoreResult } from "./scoring";
import type { BankData, StoredResult } from "./types";

export interface DimensionChange {
  id: string;
  name: string;
  shortLabel: string;
  before: number | null;
  after: number | null;
  /** after − before; null when either is not scored. */
  change: number | null;
}

export function dimensionChanges(bank: BankData, before: StoredResult, after: StoredResult): DimensionChange[] {
  const a = scoreResult(bank, before.answers, before.evidence);
  const b = scoreResult(bank, after.answers, after.evidence);
  return a.dimensions.map((d, i) => {
    const next = b.dimensions[i]!;
    return {
      id: d.id,
      name: d.name,
      shortLabel: d.shortLabel,
      before: d.mean,
      after: next.mean,
      change: d.mean === null || next.mean === null ? null : next.mean - d.mean,
    };
  });
}

/** Earlier results of the same bank id (any version; the caller maps other versions), newest first. */
export const previousOf = (current: StoredResult, all: readonly StoredResult[]): StoredResult[] =>
  all.filter((r) => r.id !== current.id && r.bank.id === current.bank.id && r.completedAt !== undefined);
