// The agreed-score form ("Skor kesepakatan"), one step per dimension and a last step to save: loaded when a
// facilitator opens it. What is recorded lives in the comparison page's state (see agreed-state.ts).
import { useEffect, useRef, useState } from "preact/hooks";
import { agreedProblem, itemEvidence, itemSpreads, startDraft, type AgreedDraft } from "../../../lib/assessment/agreed";
import { bankKey } from "../../../lib/assessment/bank-json";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t, tm } from "../../../i18n/agreed";
import { Alert } from "../ui/Alert";
import { AgreedItem } from "./AgreedItem";
import { AgreedSave } from "./AgreedSave";
import type { AgreedState, AgreedUpdate } from "./agreed-state";

export interface AgreedPanelProps {
  bank: BankData;
  results: StoredResult[];
  state: AgreedState;
  onState: AgreedUpdate;
}

export function AgreedPanel({ bank, results, state, onState }: AgreedPanelProps) {
  const [step, setStep] = useState(0);
  const title = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Opening the form leaves focus on its button; moving between steps starts the reader at the step's heading.
    if (moved.current) title.current?.focus();
    moved.current = true;
  }, [step]);

  const problem = agreedProblem(bank, results);
  if (problem) return <Alert>{tm(problem)}</Alert>;

  const key = bankKey(bank);
  const draft = state.bank === key && state.draft ? state.draft : startDraft(results);
  const change = (next: (d: AgreedDraft) => AgreedDraft) =>
    onState((s) => ({
      ...s,
      bank: key,
      draft: next(s.bank === key && s.draft ? s.draft : draft),
      dirty: true,
    }));
  const spreads = itemSpreads(bank, results);
  const evidence = itemEvidence(bank, results);
  const steps = bank.dimensions.length + 1;
  const done = bank.items.filter((i) => draft.answers[i.id] !== undefined).length;
  const dim = bank.dimensions[step];

  return (
    <div class="asm-form agr-panel">
      <p>{t("agreed.intro")}</p>
      <p class="muted">{t("agreed.startRule")}</p>
      <p class="agr-progress">{t("agreed.progress", { done, total: bank.items.length })}</p>
      <h3 class="asm-step-title" tabIndex={-1} ref={title}>
        {t("agreed.step", { step: step + 1, steps, name: dim ? dim.name : t("agreed.save.title") })}
      </h3>
      {dim ? (
        bank.items.map((item, k) =>
          item.dimension !== dim.id ? null : (
            <AgreedItem
              key={item.id}
              bank={bank}
              item={item}
              number={k + 1}
              responden={results.length}
              spread={spreads[k]!}
              evidence={evidence[k]}
              answer={draft.answers[item.id]}
              note={draft.catatan[item.id] ?? ""}
              onAnswer={(a) =>
                change((d) => {
                  const answers = { ...d.answers };
                  if (a === undefined) delete answers[item.id];
                  else answers[item.id] = a;
                  return { ...d, answers };
                })
              }
              onNote={(text) => change((d) => ({ ...d, catatan: { ...d.catatan, [item.id]: text } }))}
            />
          ),
        )
      ) : (
        <AgreedSave
          bank={bank}
          results={results}
          draft={draft}
          state={state}
          onState={onState}
          onContext={(context) => change((d) => ({ ...d, context }))}
          onGoto={setStep}
        />
      )}
      <div class="asm-nav">
        {step > 0 && (
          <button type="button" class="button secondary" onClick={() => setStep(step - 1)}>
            {t("agreed.back")}
          </button>
        )}
        {step < steps - 1 && (
          <button type="button" class="button" onClick={() => setStep(step + 1)}>
            {t(step === steps - 2 ? "agreed.toSave" : "agreed.next")}
          </button>
        )}
      </div>
    </div>
  );
}
