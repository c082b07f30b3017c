// A result always scores against its own bank version; this maps it onto another (usually the current) version
// for comparison, saying which statements carried over and which did not. Answers carry over only where the newer
// version declares it (`pemetaan`: same meaning on the same kind of scale) or the same item id and scale are kept.
import type { BankData, StoredResult } from "./types";

export interface VersionMapping {
  /**
   * The result with answers, evidence (with its notes) and reasons kept only for items that carry over into the
   * target version.
   */
  result: StoredResult;
  /** Statements of the old version whose answers do not carry over. */
  removed: { id: string; statement: string }[];
  /** Statements of the target version that the old result leaves unanswered. */
  added: { id: string; statement: string }[];
}

/** Old item id → target item id, for every item that carries over. */
export function carryOver(from: BankData, to: BankData): Map<string, string> {
  const declared = to.pemetaan && to.pemetaan.dari === from.version ? to.pemetaan.butir : undefined;
  const target = new Map(to.items.map((i) => [i.id, i]));
  const out = new Map<string, string>();
  for (const item of from.items) {
    const next = declared ? declared[item.id] : item.id;
    const t = next === undefined ? undefined : target.get(next);
    if (t && t.scale === item.scale) out.set(item.id, t.id);
  }
  return out;
}

export function mapToVersion(result: StoredResult, from: BankData, to: BankData): VersionMapping {
  const map = carryOver(from, to);
  const allowed = new Map(to.items.map((i) => [i.id, i.evidence]));
  const answers: StoredResult["answers"] = {};
  const evidence: StoredResult["evidence"] = {};
  const alasan: Record<string, string> = {};
  const catatanBukti: Record<string, Record<string, string>> = {};
  for (const [oldId, newId] of map) {
    const a = result.answers[oldId];
    if (a !== undefined) answers[newId] = a;
    const kept = (result.evidence[oldId] ?? []).filter((e) => allowed.get(newId)?.includes(e));
    if (kept.length > 0) evidence[newId] = kept;
    const notes = Object.entries(result.catatanBukti?.[oldId] ?? {}).filter(([e]) => kept.includes(e));
    if (notes.length > 0) catatanBukti[newId] = Object.fromEntries(notes);
    const reason = result.alasan?.[oldId];
    if (reason !== undefined && a === "tb") alasan[newId] = reason;
  }
  const carried = new Set(map.values());
  const { alasan: _old, catatanBukti: _notes, ...rest } = result;
  return {
    result: {
      ...rest,
      bank: { id: to.id, version: to.version },
      answers,
      evidence,
      ...(Object.keys(alasan).length > 0 ? { alasan } : {}),
      ...(Object.keys(catatanBukti).length > 0 ? { catatanBukti } : {}),
    },
    removed: from.items.filter((i) => !map.has(i.id)).map((i) => ({ id: i.id, statement: i.statement })),
    added: to.items.filter((i) => !carried.has(i.id)).map((i) => ({ id: i.id, statement: i.statement })),
  };
}
