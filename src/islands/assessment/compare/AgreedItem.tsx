// One statement of the agreed-score form: the respondents' spread, where the discussion can start, the evidence they
// ticked, then the level the team agrees on (the questionnaire's choices) and a short note.
import type { ItemEvidence, ItemSpread } from "../../../lib/assessment/agreed";
import { answerChoices, levelLabel } from "../../../lib/assessment/answers";
import { MAX_NOTE, type Answer, type BankData, type BankItem } from "../../../lib/assessment/types";
import { t } from "../../../i18n/agreed";
import { answerText, evidenceLabel } from "../ui/answer-text";
import { SpreadBars } from "./SpreadBars";

interface Props {
  bank: BankData;
  item: BankItem;
  number: number;
  responden: number;
  spread: ItemSpread;
  evidence: ItemEvidence | undefined;
  answer: Answer | undefined;
  note: string;
  onAnswer: (a: Answer | undefined) => void;
  onNote: (text: string) => void;
}

export function AgreedItem(p: Props) {
  const { bank, item, number } = p;
  const key = bank.keyItems.includes(item.id);
  const base = `agr-${item.id}`;
  return (
    <fieldset class={key ? "asm-item asm-key agr-item" : "asm-item agr-item"} data-item={item.id}>
      <legend>
        <span class="asm-num">{number}.</span> {item.statement}
        {key && (
          <>
            {" "}
            <span class="asm-key-label">{t("agreed.key")}</span>
          </>
        )}
      </legend>
      <SpreadBars bank={bank} itemId={item.id} counts={p.spread.counts} responden={p.responden} id={`${base}-spread`} />
      <p class="muted">
        {p.spread.start === undefined
          ? t("agreed.start.none")
          : t("agreed.start", { level: answerText(bank, item.id, p.spread.start) })}
      </p>
      {p.evidence && p.evidence.ticked.length > 0 && (
        <p class="muted">
          {t("agreed.evidence", {
            list: p.evidence.ticked
              .map((e) => t("agreed.evidence.item", { label: evidenceLabel(bank, e.evidence), n: e.count }))
              .join(", "),
          })}
        </p>
      )}
      {p.evidence && p.evidence.notes.length > 0 && (
        <details class="agr-notes">
          <summary>{t("agreed.evidence.notes", { n: p.evidence.notes.length })}</summary>
          <ul>
            {p.evidence.notes.map((n, i) => (
              <li key={i}>{t("agreed.evidence.note", { label: evidenceLabel(bank, n.evidence), text: n.text })}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="agr-choice-title" id={`${base}-choice`}>
        {t("agreed.choice")}
      </p>
      <div class="asm-scale" role="radiogroup" aria-labelledby={`${base}-choice`}>
        {answerChoices(bank, item).map((value) => (
          <label class={typeof value === "number" ? "asm-choice" : "asm-choice asm-choice-extra"} key={value}>
            <input
              type="radio"
              name={base}
              value={String(value)}
              checked={p.answer === value}
              onChange={() => p.onAnswer(value)}
            />
            <span>
              {typeof value === "number" ? (
                <>
                  <b>{value}</b> {levelLabel(bank, item.id, value)}
                </>
              ) : (
                t(`assessment.answer.${value}`)
              )}
            </span>
          </label>
        ))}
      </div>
      {p.answer !== undefined && (
        <button type="button" class="asm-link-button agr-clear" onClick={() => p.onAnswer(undefined)}>
          {t("agreed.clear")}
          <span class="visually-hidden"> {t("agreed.clearFor", { n: number })}</span>
        </button>
      )}
      <div class="form-field">
        <label for={`${base}-note`}>{t("agreed.note", { max: MAX_NOTE })}</label>
        <textarea
          id={`${base}-note`}
          rows={2}
          maxLength={MAX_NOTE}
          value={p.note}
          onInput={(e) => p.onNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
    </fieldset>
  );
}
