// Texts of the case studies area (src/i18n/id/cases.ts) and the sentences built from them, shared by the static
// list and the explorer island so both say the same words.
import { formatInteger } from "../lib/site/format";
import dict from "./id/cases";
import { makeT } from "./make-t";

export const t = makeT(dict);

/** "2016–2021", or "2019–kini" while the partnership runs. */
export function caseYears(start: number, end?: number): string {
  return end === undefined ? t("cases.years.running", { start }) : t("cases.years.closed", { start, end });
}

/** The count above the list (and announced to screen readers) after every change of the explorer's view. */
export function resultSentence(shown: number, total: number, q: string): string {
  const query = q.trim();
  const n = { shown: formatInteger(shown), total: formatInteger(total) };
  if (shown === 0) return query ? t("cases.result.noneFor", { q: query }) : t("cases.result.none");
  if (shown === total && !query) return t("cases.result.all", n);
  return query ? t("cases.result.someFor", { ...n, q: query }) : t("cases.result.some", n);
}
