// The "Penilaian terakhir" column: the latest linked assessment, its overall category and the trend against the
// assessment before it. Takes a minimal summary of each history entry, so this module never loads the scoring code.
import type { BandId } from "../assessment/types";

export interface AssessmentSummary {
  /** History result id. */
  id: string;
  /** Completion instant (ISO 8601 UTC); orders the assessments. */
  completedAt: string;
  /** Overall category, or null when the overall index could not be computed ("Data belum cukup"). */
  overallBand: BandId | null;
  /** Questionnaire id ("kesiapan", "kesehatan"); when both sides have one, only the same questionnaire is compared. */
  bankId?: string;
}

/** "up": a better category than the previous comparable assessment; "single": nothing earlier to compare with. */
export type Trend = "up" | "down" | "same" | "single" | "none";

export interface LinkedAssessments {
  /** Newest first; only ids found among the summaries. */
  assessments: AssessmentSummary[];
  latest: AssessmentSummary | undefined;
  /** The earlier assessment the trend compares with, if any. */
  previous: AssessmentSummary | undefined;
  trend: Trend;
  /** Linked ids with no summary (deleted from the history, or from another device). */
  missing: string[];
}

/** Higher is better; the order of the site's categories (kekuatan > perlu dibahas > perlu perhatian). */
const bandRank: Record<BandId, number> = { kekuatan: 3, "perlu-dibahas": 2, "perlu-perhatian": 1 };

/**
 * Trend rule: compare the latest assessment with the newest earlier one that has a category (and, when both name
 * their questionnaire, the same questionnaire). "none" when there is no assessment or the latest has no category;
 * "single" when nothing earlier qualifies.
 */
export function linkedAssessments(ids: readonly string[], summaries: readonly AssessmentSummary[]): LinkedAssessments {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const found: AssessmentSummary[] = [];
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const s = byId.get(id);
    if (s) found.push(s);
    else missing.push(id);
  }
  found.sort((a, b) =>
    a.completedAt === b.completedAt ? (a.id < b.id ? 1 : -1) : a.completedAt < b.completedAt ? 1 : -1,
  );
  const [latest] = found;
  if (!latest || latest.overallBand === null)
    return { assessments: found, latest, previous: undefined, trend: "none", missing };
  const previous = found
    .slice(1)
    .find(
      (s) =>
        s.overallBand !== null && (latest.bankId === undefined || s.bankId === undefined || s.bankId === latest.bankId),
    );
  if (!previous || previous.overallBand === null)
    return { assessments: found, latest, previous: undefined, trend: "single", missing };
  const diff = bandRank[latest.overallBand] - bandRank[previous.overallBand];
  return { assessments: found, latest, previous, trend: diff > 0 ? "up" : diff < 0 ? "down" : "same", missing };
}
