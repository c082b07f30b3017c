// The questionnaire island: takes over the static form once the bank data has arrived, one dimension per step.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { clearDraft, loadDraft, saveDraft } from "../../../lib/assessment/storage";
import {
  newResult,
  setAnswer,
  setContext,
  setEvidenceNote,
  setPlanning,
  setReason,
  toggleEvidence,
} from "../../../lib/assessment/result";
import { forwardAction, resumeStep, stepsOf } from "../../../lib/assessment/steps";
import { applyFormEntries } from "../../../lib/assessment/static-form";
import { parseBankKey } from "../../../lib/assessment/bank-json";
import { t, tm } from "../../../i18n/questionnaire";
import { loadBank } from "../io/bank-loader";
import { afterSave } from "../io/persist";
import { Alert } from "../ui/Alert";
import { PrintButton } from "../ui/PrintButton";
import { yieldToMain } from "../ui/yield";
import { ContextStep } from "./ContextStep";
import { DimensionStep } from "./DimensionStep";
import { restoreStaticForm } from "./restore-static-form";
import type { ItemHandlers } from "./ItemField";
import type { ResultsStepProps } from "./ResultsStep";

/** The results step and the completion it needs, loaded together when the user first reaches the results. */
const loadResults = () => import("./ResultsStep");
/** The review step, fetched while the last dimension is answered (or when first opened): not part of the first load. */
const loadReview = () => import("./ReviewStep");
import { ResumePrompt } from "./ResumePrompt";
import type { ReviewStep } from "./ReviewStep";

interface Props {
  /** "kesiapan@1": the bank version this page serves. */
  bankKey: string;
}

/** Entries of the static form, read once when the island takes over from it (see lib/assessment/static-form.ts). */
type Taps = [string, string][];

type Phase =
  { kind: "loading" } | { kind: "failed" } | { kind: "resume"; saved: StoredResult; taps: Taps } | { kind: "form" };

/**
 * Reads what was typed or tapped in the static form, then empties it (it is still the blank form "Cetak formulir
 * kosong" prints) and hides it: from here on the island is the form.
 */
function takeOverStaticForm(form: HTMLFormElement | undefined): { taps: Taps; hadFocus: boolean } {
  if (!form) return { taps: [], hadFocus: false };
  const taps = [...new FormData(form)].flatMap(([k, v]): Taps => (typeof v === "string" ? [[k, v]] : []));
  const hadFocus = form.contains(document.activeElement);
  if (taps.length > 0) form.reset();
  form.hidden = true;
  return { taps, hadFocus };
}

/** User Timing marks the start-up benchmark reads (tests/bench/questionnaire-start.ts); one entry each, cheap. */
const mark = (name: "asm:start" | "asm:ready") => {
  if (typeof document !== "undefined") performance.mark(name);
};

export default function AssessmentApp({ bankKey }: Props) {
  useState(() => mark("asm:start"));
  const [bank, setBank] = useState<BankData>();
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [result, setResult] = useState<StoredResult>();
  const [step, setStep] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [Results, setResults] = useState<ComponentType<ResultsStepProps>>();
  const [Review, setReview] = useState<typeof ReviewStep>();

  /** The reader was in the static form when it went away: the focus goes on in the island's first step. */
  const focusFirstStep = useRef(false);

  useEffect(() => {
    const ref = parseBankKey(bankKey);
    void (ref ? loadBank(ref.id, ref.version) : Promise.resolve(undefined)).then(async (b) => {
      if (!b) {
        // The static form stays the form, made whole (it was never hidden): the message above it says why.
        restoreStaticForm();
        setPhase({ kind: "failed" });
        return;
      }
      // The bank was parsed and checked in this task: take over from the static form in the next one.
      await yieldToMain();
      const found = document.getElementById("asm-static");
      const form = found instanceof HTMLFormElement ? found : undefined;
      setBank(b);
      const { taps, hadFocus } = takeOverStaticForm(form);
      focusFirstStep.current = hadFocus;
      const saved = loadDraft(b);
      if (saved.status === "ok" && saved.value.bank.version === b.version) {
        setPhase({ kind: "resume", saved: saved.value, taps });
        return;
      }
      if (saved.status === "corrupt" || saved.status === "unavailable") setNotice(tm({ key: saved.code }));
      else if (saved.status === "ok") setNotice(t("questionnaire.otherVersion"));
      const fresh = newResult(b);
      const tapped = applyFormEntries(b, fresh, taps);
      if (tapped !== fresh) {
        const written = saveDraft(tapped);
        if (written.ok) afterSave(tapped);
        else setNotice(tm({ key: written.code }));
      }
      setResult(tapped);
      setPhase({ kind: "form" });
    });
  }, [bankKey]);

  // The first step (or the resume prompt) is on screen and wired.
  const ready = phase.kind === "form" || phase.kind === "resume";
  useEffect(() => {
    if (!ready) return;
    mark("asm:ready");
    if (focusFirstStep.current) document.querySelector<HTMLElement>("#asm-app .asm-step-title")?.focus();
  }, [ready]);

  const steps = bank ? stepsOf(bank) : undefined;

  // The statements' handlers keep their identity across renders (unchanged statements then skip re-rendering), so
  // they read the result as it is now through a ref.
  const latest = useRef(result);
  latest.current = result;
  const update = (next: StoredResult) => {
    latest.current = next;
    setResult(next);
    const written = saveDraft(next);
    if (written.ok) afterSave(next);
    setNotice(written.ok ? undefined : tm({ key: written.code }));
  };
  const handlers = useMemo<ItemHandlers>(
    () => ({
      onAnswer: (itemId, a) => update(setAnswer(latest.current!, itemId, a)),
      onEvidence: (itemId, e, on) => update(toggleEvidence(latest.current!, itemId, e, on)),
      onReason: (itemId, text) => update(setReason(latest.current!, itemId, text)),
      onNote: (itemId, e, text) => update(setEvidenceNote(latest.current!, itemId, e, text)),
    }),
    [],
  );

  if (phase.kind === "loading") return null;
  if (phase.kind === "failed" || !bank || !steps) return <Alert>{t("questionnaire.loadFailed")}</Alert>;

  /** Entering the results completes the result and seeds its plan, in one save, before the report first renders. */
  const show = (r: StoredResult, n: number) => {
    setStep(n);
    if (n === steps.review - 1 || n === steps.review) void loadReview().then((m) => setReview(() => m.ReviewStep));
    if (n !== steps.results) return;
    void loadResults().then((m) => {
      const done = m.complete(bank, r, t("questionnaire.noAdvice"));
      if (done !== r) update(done);
      setResults(() => m.ResultsStep);
    });
  };

  if (phase.kind === "resume")
    return (
      <ResumePrompt
        bank={bank}
        saved={phase.saved}
        onResume={() => {
          const resumed = applyFormEntries(bank, phase.saved, phase.taps);
          if (resumed === phase.saved) setResult(resumed);
          else update(resumed);
          setPhase({ kind: "form" });
          show(resumed, resumeStep(bank, resumed.answers, resumed.completedAt !== undefined));
        }}
        onRestart={() => {
          clearDraft(bank.id);
          const restarted = applyFormEntries(bank, newResult(bank), phase.taps);
          update(restarted);
          setPhase({ kind: "form" });
        }}
      />
    );
  if (!result) return null;

  const answeredCount = bank.items.filter((i) => result.answers[i.id] !== undefined).length;

  let body;
  if (step === 0)
    body = (
      <ContextStep
        live={{
          context: result.context,
          onChange: (c) => update(setContext(result, c)),
          planning: result.rujukan,
          onPlanning: (p) => update(setPlanning(result, p)),
        }}
      />
    );
  else if (step < steps.review) body = <DimensionStep bank={bank} step={step} result={result} handlers={handlers} />;
  else if (step === steps.review)
    body = Review ? (
      <Review bank={bank} result={result} onGoto={(dimIndex) => setStep(dimIndex + 1)} />
    ) : (
      <p role="status">{t("questionnaire.review.preparing")}</p>
    );
  else
    body = Results ? (
      <Results bank={bank} result={result} onChange={update} onEdit={() => show(result, steps.review)} />
    ) : (
      <p role="status">{t("assessment.preparingResults")}</p>
    );

  const forward = forwardAction(bank, step);
  return (
    <div class="asm-form asm-live">
      {step < steps.results && (
        <div class="asm-progress">
          <p id="asm-progress-label" aria-live="polite">
            {t("questionnaire.progress", {
              step: step + 1,
              steps: steps.count,
              answered: answeredCount,
              total: bank.items.length,
            })}
          </p>
          <progress max={bank.items.length} value={answeredCount} aria-labelledby="asm-progress-label" />
        </div>
      )}
      {notice && <Alert>{notice}</Alert>}
      <div key={step}>{body}</div>
      {step < steps.results && (
        <div class="asm-nav">
          {step > 0 && (
            <button type="button" class="button secondary" onClick={() => show(result, step - 1)}>
              {t("questionnaire.back")}
            </button>
          )}
          <button type="button" class="button" onClick={() => show(result, step + 1)}>
            {t(
              forward === "results"
                ? "questionnaire.toResults"
                : forward === "review"
                  ? "questionnaire.toReview"
                  : "questionnaire.next",
            )}
          </button>
        </div>
      )}
      {step === 0 && (
        <div class="asm-actions">
          <PrintButton label={t("questionnaire.printBlank")} onBeforePrint={printBlankForm} secondary />
        </div>
      )}
    </div>
  );
}

/** Shows the whole static paper form to the printer instead of the wizard; returns the undo. */
function printBlankForm(): () => void {
  restoreStaticForm();
  document.documentElement.classList.add("asm-print-blank");
  return () => document.documentElement.classList.remove("asm-print-blank");
}
