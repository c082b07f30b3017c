// One statement as a fieldset of native radios. The paper form (rendered at build time) and the live step use this
// same component, so their markup cannot drift apart: on paper the help is open and nothing is wired.
import type { Answer, BankData, BankItem } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";

interface Live {
  answer: Answer | undefined;
  evidence: readonly string[];
  onAnswer: (itemId: string, a: Answer) => void;
  onEvidence: (itemId: string, evidenceId: string, on: boolean) => void;
}

interface Props {
  bank: BankData;
  item: BankItem;
  number: number;
  /** Absent on the paper form. */
  live?: Live;
}

const extra = ["tb", "tt"] as const;

export function ItemField({ bank, item, number, live }: Props) {
  // In the item's own order (the paper form always used it; the live step once used the bank's).
  const options = item.evidence.flatMap((id) => bank.evidence.filter((e) => e.id === id));
  return (
    <fieldset class="asm-item" id={live ? undefined : `butir-${item.id}`} data-item={live ? item.id : undefined}>
      <legend>
        <span class="asm-num">{number}.</span> {item.statement}
      </legend>
      <details class="asm-help" open={!live}>
        <summary>{t("questionnaire.item.help")}</summary>
        <p>{item.help}</p>
      </details>
      <div class="asm-scale">
        {bank.scale.map((s) => (
          <label class="asm-choice" key={s.value}>
            <input
              type="radio"
              name={item.id}
              value={String(s.value)}
              checked={live ? live.answer === s.value : undefined}
              onChange={live && (() => live.onAnswer(item.id, s.value as Answer))}
            />
            <span>
              <b>{s.value}</b> {s.label}
            </span>
          </label>
        ))}
        {extra.map((value) => (
          <label class="asm-choice asm-choice-extra" key={value}>
            <input
              type="radio"
              name={item.id}
              value={value}
              checked={live ? live.answer === value : undefined}
              onChange={live && (() => live.onAnswer(item.id, value))}
            />
            <span>{t(`assessment.answer.${value}`)}</span>
          </label>
        ))}
      </div>
      {options.length > 0 && (
        <fieldset class="asm-evidence">
          <legend>{t("questionnaire.item.evidence")}</legend>
          {options.map((e) => (
            <label class="asm-check" key={e.id}>
              <input
                type="checkbox"
                name={`bukti-${item.id}`}
                value={e.id}
                checked={live ? live.evidence.includes(e.id) : undefined}
                onChange={
                  live && ((ev) => live.onEvidence(item.id, e.id, (ev.currentTarget as HTMLInputElement).checked))
                }
              />
              <span>{e.label}</span>
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
