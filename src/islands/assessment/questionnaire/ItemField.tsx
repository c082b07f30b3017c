// One statement as a fieldset of native radios. The paper form (rendered at build time) and the live step use this
// same component, so their markup cannot drift apart: on paper nothing is wired, and the reason and every evidence
// note are blank lines to write on.
import { scaleOf } from "../../../lib/assessment/bank-json";
import type { Answer, BankData, BankItem } from "../../../lib/assessment/types";
import { MAX_NOTE } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";

/** What the live step does with a statement's answers (the paper form has none). */
export interface ItemHandlers {
  onAnswer: (itemId: string, a: Answer) => void;
  onEvidence: (itemId: string, evidenceId: string, on: boolean) => void;
  onReason: (itemId: string, text: string) => void;
  onNote: (itemId: string, evidenceId: string, text: string) => void;
}

const typed = (ev: Event) => (ev.currentTarget as HTMLInputElement).value;

interface Props {
  bank: BankData;
  item: BankItem;
  number: number;
  /** Absent on the paper form, which is not wired; the fields below are the live step's state. */
  handlers?: ItemHandlers;
  answer?: Answer | undefined;
  evidence?: readonly string[];
  reason?: string;
  /** Evidence notes by evidence id (a note beside unticked evidence is kept but not shown). */
  notes?: Readonly<Record<string, string>>;
}

export function ItemField({ bank, item, number, handlers, answer, evidence = [], reason = "", notes = {} }: Props) {
  const live = handlers && { answer, evidence, reason, notes, ...handlers };
  // In the item's own order (the paper form always used it; the live step once used the bank's).
  const options = item.evidence.flatMap((id) => bank.evidence.filter((e) => e.id === id));
  const extra = item.tidakBerlaku === false ? (["tt"] as const) : (["tb", "tt"] as const);
  const key = bank.keyItems.includes(item.id);
  const scale = scaleOf(bank, item);
  const radio = (value: Answer) => ({
    type: "radio",
    name: item.id,
    value: String(value),
    checked: live ? live.answer === value : undefined,
    onChange: live && (() => live.onAnswer(item.id, value)),
  });
  return (
    <fieldset
      class={key ? "asm-item asm-key" : "asm-item"}
      id={live ? undefined : `butir-${item.id}`}
      data-item={live ? item.id : undefined}
    >
      <legend>
        <span class="asm-num">{number}.</span> {item.statement}
        {key && (
          <>
            {" "}
            <span class="asm-key-label">{t("questionnaire.item.key")}</span>
          </>
        )}
      </legend>
      <p class="asm-help">{item.help}</p>
      {(scale.question || item.sudut) && (
        <p class="asm-scale-q">
          {[scale.question, item.sudut && t(`questionnaire.item.about.${item.sudut}`)].filter(Boolean).join(" · ")}
        </p>
      )}
      <div class="asm-scale">
        {scale.levels.map((s) => (
          <label class="asm-choice" key={s.value}>
            <input {...radio(s.value as Answer)} />
            <span>
              <b>{s.value}</b> {s.label}
            </span>
          </label>
        ))}
        {extra.map((value) => (
          <label class="asm-choice asm-choice-extra" key={value}>
            <input {...radio(value)} />
            <span>{t(`assessment.answer.${value}`)}</span>
          </label>
        ))}
      </div>
      {(!live || live.answer === "tb") && extra.length === 2 && (
        <label class="asm-reason">
          <span>{t(live ? "questionnaire.item.reason" : "questionnaire.item.reasonPaper")}</span>
          <input
            type="text"
            name={`alasan-${item.id}`}
            maxLength={MAX_NOTE}
            value={live?.reason}
            onInput={live && ((ev) => live.onReason(item.id, typed(ev)))}
            onChange={live && ((ev) => live.onReason(item.id, typed(ev).trim()))}
          />
        </label>
      )}
      {options.length > 0 && (
        <fieldset class="asm-evidence">
          <legend>{t("questionnaire.item.evidence")}</legend>
          {options.map((e) => {
            const ticked = live?.evidence.includes(e.id);
            // Distinct ids on the paper form and the live step: both are in the page at once.
            const labelId = `${live ? "bukti" : "kertas-bukti"}-${item.id}-${e.id}`;
            return (
              <div class="asm-evidence-option" key={e.id}>
                <label class="asm-check">
                  <input
                    type="checkbox"
                    name={`bukti-${item.id}`}
                    value={e.id}
                    checked={live ? ticked : undefined}
                    onChange={
                      live && ((ev) => live.onEvidence(item.id, e.id, (ev.currentTarget as HTMLInputElement).checked))
                    }
                  />
                  <span id={labelId}>{e.label}</span>
                </label>
                {(!live || ticked) && (
                  <label class="asm-note">
                    <span>{t(live ? "questionnaire.item.note" : "questionnaire.item.notePaper")}</span>
                    <input
                      type="text"
                      name={`catatan-${item.id}-${e.id}`}
                      maxLength={MAX_NOTE}
                      aria-describedby={labelId}
                      value={live ? (live.notes[e.id] ?? "") : undefined}
                      onInput={live && ((ev) => live.onNote(item.id, e.id, typed(ev)))}
                      onChange={live && ((ev) => live.onNote(item.id, e.id, typed(ev).trim()))}
                    />
                  </label>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
    </fieldset>
  );
}
