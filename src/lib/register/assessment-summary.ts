// A history result reduced to what the register's "Penilaian terakhir" column needs (see linked-assessments.ts).
// Kept apart from linked-assessments so the trend logic never pulls in the scoring code; the page loads this module
// only when some entry has linked assessments.
import { resultInstant } from "../assessment/format";
import { scoreResult } from "../assessment/scoring";
import type { BankData, StoredResult } from "../assessment/types";
import type { AssessmentSummary } from "./linked-assessments";

/**
 * The summary of one completed result. `bank` is the exact version the result was answered against; without it
 * (the bank file did not load) the category is unknown, shown as "Belum ada kategori", never guessed.
 */
export function summarizeAssessment(result: StoredResult, bank: BankData | undefined): AssessmentSummary {
  const usable = bank !== undefined && bank.id === result.bank.id && bank.version === result.bank.version;
  return {
    id: result.id,
    completedAt: resultInstant(result),
    overallBand: usable ? scoreResult(bank, result.answers, result.evidence).overallBand : null,
    bankId: result.bank.id,
  };
}
