// A result always scores against its own bank version; this maps it onto another (usually the current) version
// for comparison, saying which statements were removed and which are new.
import type { BankData, StoredResult } from "./types";

export interface VersionMapping {
  /** The result with answers and evidence kept only for items that exist in the target version. */
  result: StoredResult;
  removed: { id: string; statement: string }[];
  added: { id: string; statement: string }[];
}

export function mapToVersion(result: StoredResult, from: BankData, to: BankData): VersionMapping {
  const target = new Map(to.items.map((i) => [i.id, i]));
  const source = new Set(from.items.map((i) => i.id));
  const answers: StoredResult["answers"] = {};
  const evidence: StoredResult["evidence"] = {};
  for (const [id, a] of Object.entries(result.answers)) if (target.has(id)) answers[id] = a;
  for (const [id, ev] of Object.entries(result.evidence)) {
    const allowed = target.get(id)?.evidence;
    const kept = allowed ? ev.filter((e) => allowed.includes(e)) : [];
    if (kept.length > 0) evidence[id] = kept;
  }
  return {
    result: { ...result, bank: { id: to.id, version: to.version }, answers, evidence },
    removed: from.items.filter((i) => !target.has(i.id)).map((i) => ({ id: i.id, statement: i.statement })),
    added: to.items.filter((i) => !source.has(i.id)).map((i) => ({ id: i.id, statement: i.statement })),
  };
}
