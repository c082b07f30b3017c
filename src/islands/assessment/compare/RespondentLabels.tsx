// Step 2 of the comparison: each loaded result gets the agency it speaks for (typed labels are only shown as text).
import { resultDate } from "../../../lib/assessment/format";
import type { CompareEntry } from "../../../lib/assessment/compare-inputs";
import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/compare";

interface Props {
  bank: BankData;
  entries: CompareEntry[];
  onRelabel: (key: string, label: string) => void;
  onRemove: (key: string) => void;
}

export function RespondentLabels({ bank, entries, onRelabel, onRemove }: Props) {
  return (
    <section aria-labelledby="cmp-inputs-title" class="no-print">
      <h2 id="cmp-inputs-title">{t("compare.labels.title")}</h2>
      <p>{t("compare.labels.body", { title: bank.title, version: bank.version })}</p>
      <ol class="cmp-inputs">
        {entries.map((e, i) => (
          <li key={e.key}>
            <label for={`cmp-label-${e.key}`}>{t("compare.labels.agency", { n: i + 1 })}</label>{" "}
            <input
              id={`cmp-label-${e.key}`}
              value={e.label}
              maxLength={120}
              onInput={(ev) => onRelabel(e.key, (ev.currentTarget as HTMLInputElement).value)}
            />{" "}
            <span class="muted">
              {e.source} · {resultDate(e.result)}
              {e.result.kesepakatan && ` · ${t("compare.labels.agreed", { n: e.result.kesepakatan.responden })}`}
            </span>{" "}
            <button type="button" class="button secondary" onClick={() => onRemove(e.key)}>
              {t("assessment.delete")}
              <span class="visually-hidden"> {t("compare.labels.remove", { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
