// The questionnaire island: takes over the static form once the bank data has arrived, one dimension per step.
import { useEffect, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import type { Answer, BankData, StoredResult } from "../../lib/assessment/types";
import { validateBank } from "../../lib/assessment/validate";
import { clearDraft, loadDraft, saveDraft } from "../../lib/assessment/storage";
import { newResult, setAnswer, toggleEvidence, unansweredItems } from "../../lib/assessment/result";
import { fetchJson } from "./fetch-json";
import { afterSave } from "./history/after-save";
import { ContextStep } from "./ContextStep";
import { ItemField } from "./ItemField";
import { StepTitle } from "./StepTitle";
import { ReviewStep } from "./ReviewStep";
import { PrintButton } from "./PrintButton";
import type { ResultsProps } from "./Results";

interface Props {
  /** "kesiapan@1": the bank version this page serves. */
  bankKey: string;
}

type Phase = { kind: "loading" } | { kind: "failed" } | { kind: "resume"; saved: StoredResult } | { kind: "form" };

export default function AssessmentApp({ bankKey }: Props) {
  const [bank, setBank] = useState<BankData>();
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [result, setResult] = useState<StoredResult>();
  const [step, setStep] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [Results, setResults] = useState<ComponentType<ResultsProps>>();

  useEffect(() => {
    void (async () => {
      const checked = validateBank(await fetchJson(`/penilaian/data/${bankKey}.json`));
      if (!checked.ok) {
        setPhase({ kind: "failed" });
        return;
      }
      const b = checked.value;
      setBank(b);
      document.getElementById("asm-static")?.setAttribute("hidden", "");
      const saved = loadDraft(b);
      if (saved.status === "ok" && saved.value.bank.version === b.version) {
        setPhase({ kind: "resume", saved: saved.value });
        return;
      }
      if (saved.status === "corrupt" || saved.status === "unavailable") setNotice(saved.message);
      else if (saved.status === "ok")
        setNotice(
          "Penilaian tersimpan memakai versi lain dari kuesioner ini; penilaian baru dimulai dan data lama tetap disimpan.",
        );
      setResult(newResult(b));
      setPhase({ kind: "form" });
    })();
  }, [bankKey]);

  const steps = bank ? bank.dimensions.length + 3 : 0; // context, dimensions, review, results
  const resultsStep = steps - 1;

  useEffect(() => {
    if (step === resultsStep && resultsStep > 0 && !Results)
      void import("./Results").then((m) => setResults(() => m.Results));
  }, [step, resultsStep, Results]);

  if (phase.kind === "loading") return null;
  if (phase.kind === "failed" || !bank)
    return (
      <p class="box asm-message" role="alert">
        Data kuesioner tidak dapat dimuat, jadi penilaian otomatis belum tersedia. Formulir di bawah tetap dapat diisi
        di atas kertas; coba muat ulang halaman ini nanti.
      </p>
    );

  const update = (next: StoredResult) => {
    setResult(next);
    const written = saveDraft(next);
    if (written.ok) afterSave(next);
    setNotice(written.ok ? undefined : written.message);
  };

  if (phase.kind === "resume") {
    const saved = phase.saved;
    const answered = bank.items.filter((i) => saved.answers[i.id] !== undefined).length;
    const resume = () => {
      setResult(saved);
      const firstOpen = bank.dimensions.findIndex((d) =>
        bank.items.some((i) => i.dimension === d.id && saved.answers[i.id] === undefined),
      );
      setStep(saved.completedAt ? resultsStep : firstOpen === -1 ? steps - 2 : firstOpen + 1);
      setPhase({ kind: "form" });
    };
    const restart = () => {
      const fresh = newResult(bank);
      clearDraft(bank.id);
      update(fresh);
      setStep(0);
      setPhase({ kind: "form" });
    };
    return (
      <section class="box asm-resume" aria-labelledby="asm-resume-title">
        <h2 id="asm-resume-title" class="asm-step-title">
          Lanjutkan penilaian sebelumnya?
        </h2>
        <p>
          Di perangkat ini tersimpan penilaian {saved.context.instansi ? `untuk ${saved.context.instansi} ` : ""}dengan{" "}
          {answered} dari {bank.items.length} pernyataan dijawab{saved.completedAt ? " (sudah sampai hasil)" : ""}.
        </p>
        <div class="asm-actions">
          <button type="button" class="button" onClick={resume}>
            Lanjutkan
          </button>
          <button type="button" class="button secondary" onClick={restart}>
            Mulai dari awal
          </button>
        </div>
        <p class="muted">"Mulai dari awal" menghapus jawaban tersimpan untuk kuesioner ini.</p>
      </section>
    );
  }
  if (!result) return null;

  const answeredCount = bank.items.filter((i) => result.answers[i.id] !== undefined).length;
  const go = (n: number) => {
    setStep(n);
    if (n === resultsStep && !result.completedAt) update({ ...result, completedAt: new Date().toISOString() });
  };
  const onAnswer = (itemId: string, a: Answer) => update(setAnswer(result, itemId, a));
  const onEvidence = (itemId: string, e: string, on: boolean) => update(toggleEvidence(result, itemId, e, on));

  let body;
  if (step === 0)
    body = <ContextStep context={result.context} onChange={(context) => update({ ...result, context })} />;
  else if (step <= bank.dimensions.length) {
    const dim = bank.dimensions[step - 1]!;
    let n = bank.items.findIndex((i) => i.dimension === dim.id);
    body = (
      <fieldset class="asm-step asm-dim">
        <legend>
          <StepTitle>
            {step}. {dim.name}
          </StepTitle>
        </legend>
        <p class="muted asm-step-help">{dim.description}</p>
        {bank.items
          .filter((i) => i.dimension === dim.id)
          .map((item) => (
            <ItemField
              key={item.id}
              bank={bank}
              item={item}
              number={++n}
              answer={result.answers[item.id]}
              evidence={result.evidence[item.id] ?? []}
              onAnswer={onAnswer}
              onEvidence={onEvidence}
            />
          ))}
      </fieldset>
    );
  } else if (step === steps - 2)
    body = (
      <ReviewStep bank={bank} unanswered={unansweredItems(bank, result)} onGoto={(dimIndex) => setStep(dimIndex + 1)} />
    );
  else
    body = Results ? (
      <Results bank={bank} result={result} onChange={update} onEdit={() => setStep(steps - 2)} />
    ) : (
      <p role="status">Menyiapkan hasil…</p>
    );

  return (
    <div class="asm-form asm-live">
      {step < resultsStep && (
        <div class="asm-progress">
          <p id="asm-progress-label" aria-live="polite">
            Langkah {step + 1} dari {steps - 1} · {answeredCount} dari {bank.items.length} pernyataan dijawab
          </p>
          <progress max={bank.items.length} value={answeredCount} aria-labelledby="asm-progress-label" />
        </div>
      )}
      {notice && (
        <p class="box asm-message" role="alert">
          {notice}
        </p>
      )}
      <div key={step}>{body}</div>
      {step < resultsStep && (
        <div class="asm-nav">
          {step > 0 && (
            <button type="button" class="button secondary" onClick={() => go(step - 1)}>
              Kembali
            </button>
          )}
          <button type="button" class="button" onClick={() => go(step + 1)}>
            {step === steps - 2 ? "Lihat hasil" : step === steps - 3 ? "Periksa jawaban" : "Lanjut"}
          </button>
        </div>
      )}
      {step === 0 && (
        <div class="asm-actions">
          <PrintButton label="Cetak formulir kosong" onBeforePrint={printBlankForm} />
        </div>
      )}
    </div>
  );
}

/** Shows the static paper form to the printer instead of the wizard; returns the undo. */
function printBlankForm(): () => void {
  document.documentElement.classList.add("asm-print-blank");
  return () => document.documentElement.classList.remove("asm-print-blank");
}
