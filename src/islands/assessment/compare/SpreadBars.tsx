// How many respondents gave each answer to one statement: a line of text per answer with a bar whose length is the
// share of respondents (the number is always written; the bar only repeats it).
import { spreadRows } from "../../../lib/assessment/agreed";
import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/agreed";
import { answerText } from "../ui/answer-text";

interface Props {
  bank: BankData;
  itemId: string;
  counts: Readonly<Partial<Record<string, number>>>;
  responden: number;
  id: string;
}

export function SpreadBars({ bank, itemId, counts, responden, id }: Props) {
  return (
    <div class="agr-spread">
      <p id={id} class="agr-spread-title">
        {t("agreed.spread.title", { n: responden })}
      </p>
      <ul aria-labelledby={id}>
        {spreadRows(counts, responden).map((row) => (
          <li key={String(row.answer)}>
            <span class="agr-spread-label">{answerText(bank, itemId, row.answer)}</span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x="0" y="0" width="100" height="10" fill="var(--bg-soft)" stroke="var(--line)" stroke-width="0.5" />
              <rect x="0" y="0" width={(row.count / responden) * 100} height="10" fill="var(--fg-muted)" />
            </svg>
            <span class="agr-spread-n">{t("agreed.spread.count", { n: row.count })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
