import { useMemo } from "preact/hooks";
import { priorities, scoreResult } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";

/** A result's scores and its priority dimensions, recomputed only when the answers or the evidence change. */
export function useScored(bank: BankData, result: StoredResult) {
  const score = useMemo(
    () => scoreResult(bank, result.answers, result.evidence),
    [bank, result.answers, result.evidence],
  );
  const prio = useMemo(() => priorities(bank, score), [bank, score]);
  return { score, prio };
}
