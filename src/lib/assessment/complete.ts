// The step into the results, kept apart from result.ts because it needs the scoring: the questionnaire loads it
// with the results, not at start.
import { seedActionPlan } from "./action-plan";
import { touch } from "./result";
import { priorities, scoreResult } from "./scoring";
import type { BankData, StoredResult } from "./types";

/**
 * The step into the results: marks the result completed (once) and seeds an empty action plan from its priorities.
 * Returns the same object when there is nothing to change, so the caller can skip a save. `noAdvice` is passed
 * on to seedActionPlan.
 */
export function complete(bank: BankData, r: StoredResult, noAdvice: string, now = new Date()): StoredResult {
  const seeded =
    r.actionPlan.length === 0
      ? seedActionPlan(bank, priorities(bank, scoreResult(bank, r.answers, r.evidence)).dimensions, [], noAdvice)
      : [];
  const plan = seeded.length > 0 ? seeded : r.actionPlan;
  if (r.completedAt && plan === r.actionPlan) return r;
  return touch({ ...r, completedAt: r.completedAt ?? now.toISOString(), actionPlan: plan }, now);
}
