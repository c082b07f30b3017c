// Loaded on demand: the history's completed assessments, and a summary (category, date) of each one an entry
// links, scored with the exact bank version it was answered against. Banks come from the site's static endpoint,
// one fetch per version; a bank that does not load leaves that assessment without a category, never a guess.
import { resultDate } from "../../lib/assessment/format";
import { listHistory } from "../../lib/assessment/history";
import type { BankData, StoredResult } from "../../lib/assessment/types";
import { summarizeAssessment } from "../../lib/register/assessment-summary";
import type { AssessmentSummary } from "../../lib/register/linked-assessments";
import type { RegisterEntry } from "../../lib/register/types";
import { resultTitle } from "../../i18n/assessment";
import { t } from "../../i18n/register-tools";
import { loadBank } from "../assessment/io/bank-loader";

export interface AssessmentInfo {
  /** Completed assessments in the history, newest first. */
  results: StoredResult[];
  /** How each of them reads in a list: its title and date. */
  labels: Map<string, string>;
  /** Summaries of the linked ones. */
  summaries: AssessmentSummary[];
}

export async function loadAssessments(entries: readonly RegisterEntry[]): Promise<AssessmentInfo> {
  const results = listHistory().entries.filter((r) => r.completedAt);
  const wanted = new Set(entries.flatMap((e) => e.assessmentIds));
  const linked = results.filter((r) => wanted.has(r.id));
  const banks = new Map<string, Promise<BankData | undefined>>();
  for (const r of linked) {
    const key = `${r.bank.id}@${r.bank.version}`;
    if (!banks.has(key)) banks.set(key, loadBank(r.bank.id, r.bank.version));
  }
  const summaries = await Promise.all(
    linked.map(async (r) => summarizeAssessment(r, await banks.get(`${r.bank.id}@${r.bank.version}`))),
  );
  const labels = new Map(
    results.map((r) => [r.id, t("register.link.item", { title: resultTitle(r), date: resultDate(r) })]),
  );
  return { results, labels, summaries };
}
