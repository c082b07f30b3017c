// One respondent's (or agency's) answer to a statement in the comparison tables, with the notes they wrote beside
// their evidence. Only used where respondents are named: in anonymous mode a note such as "PKS No. 119/Bappeda"
// beside an answer would say whose answer it is.
import type { EvidenceNote } from "../../../lib/assessment/compare";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/compare";
import { evidenceLabel } from "../ui/answer-text";

export function SeriesCell({ bank, value, notes }: { bank: BankData; value: number | null; notes: EvidenceNote[] }) {
  return (
    <td>
      {value === null ? "–" : formatMean(value)}
      {notes.length > 0 && (
        <ul class="cmp-notes">
          {notes.map((n, i) => (
            <li key={i}>
              {t("compare.evidenceNote", {
                label: evidenceLabel(bank, n.evidence),
                text: n.text,
              })}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
