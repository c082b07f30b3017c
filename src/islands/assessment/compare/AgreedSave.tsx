// The agreed-score form's last step: the meeting's context, what is still without a level, and saving to the
// history. A storage error keeps everything on the page and offers the same result as a JSON file.
import { useState } from "preact/hooks";
import { buildAgreed, missingByDimension, type AgreedDraft } from "../../../lib/assessment/agreed";
import { saveToHistory } from "../../../lib/assessment/history";
import type { AssessmentContext, BankData, StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { t, tm } from "../../../i18n/agreed";
import { downloadJson } from "../io/export-json";
import { Alert } from "../ui/Alert";
import type { AgreedState, AgreedUpdate } from "./agreed-state";

interface Props {
  bank: BankData;
  results: StoredResult[];
  draft: AgreedDraft;
  state: AgreedState;
  onState: AgreedUpdate;
  onContext: (c: AssessmentContext) => void;
  onGoto: (step: number) => void;
}

type Outcome = { kind: "failed"; reason: string; result: StoredResult } | { kind: "invalid"; reason: string };

export function AgreedSave({ bank, results, draft, state, onState, onContext, onGoto }: Props) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [downloadFailed, setDownloadFailed] = useState(false);
  const missing = missingByDimension(bank, draft.answers);
  const missingCount = missing.reduce((s, d) => s + d.missing, 0);
  const ctx = draft.context;
  const field = (name: "instansi" | "kemitraan" | "tanggal") => ({
    id: `agr-ctx-${name}`,
    value: ctx[name],
    onInput: (e: Event) => onContext({ ...ctx, [name]: (e.currentTarget as HTMLInputElement).value }),
  });

  const save = () => {
    setDownloadFailed(false);
    const built = buildAgreed(bank, results, draft, new Date(), state.saved);
    if (!built.ok) return setOutcome({ kind: "invalid", reason: built.problems.map(tm).join(" ") });
    const written = saveToHistory(built.value);
    if (!written.ok) return setOutcome({ kind: "failed", reason: tm({ key: written.code }), result: built.value });
    setOutcome(undefined);
    onState((s) => ({
      ...s,
      dirty: false,
      saved: { id: built.value.id, createdAt: built.value.createdAt, responden: results.length },
    }));
  };

  return (
    <div class="agr-save">
      <p>{t("agreed.save.intro")}</p>
      <div class="asm-fields">
        <label class="asm-field" for="agr-ctx-instansi">
          {t("agreed.context.instansi")}
          <input {...field("instansi")} maxLength={200} />
        </label>
        <label class="asm-field" for="agr-ctx-kemitraan">
          {t("agreed.context.kemitraan")}
          <input {...field("kemitraan")} maxLength={200} />
        </label>
        <label class="asm-field" for="agr-ctx-tanggal">
          {t("agreed.context.tanggal")}
          <input {...field("tanggal")} type="date" />
        </label>
      </div>
      {missingCount === 0 ? (
        <p>{t("agreed.allDone", { total: bank.items.length })}</p>
      ) : (
        <>
          <p>{t("agreed.missing", { n: missingCount })}</p>
          <ul class="agr-missing">
            {missing.map((d) => (
              <li key={d.id}>
                <button type="button" class="asm-link-button" onClick={() => onGoto(d.index)}>
                  {t("agreed.missing.goto", { name: d.name, n: d.missing })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="action-row">
        <button type="button" class="button" onClick={save}>
          {t(state.saved ? "agreed.saveAgain" : "agreed.save")}
        </button>
      </div>
      {outcome?.kind === "invalid" && <Alert>{t("agreed.invalid", { reason: outcome.reason })}</Alert>}
      {outcome?.kind === "failed" && (
        <div class="box asm-message" role="alert">
          <p>{t("agreed.failed", { reason: outcome.reason })}</p>
          <button
            type="button"
            class="button secondary"
            onClick={() => setDownloadFailed(!downloadJson(outcome.result))}
          >
            {t("agreed.download")}
          </button>
          {downloadFailed && <p>{t("agreed.downloadFailed")}</p>}
        </div>
      )}
      <div role="status" class="agr-status">
        {state.saved && !state.dirty && !outcome && (
          <p>
            {t("agreed.saved", { n: state.saved.responden })}{" "}
            <a href={withBase(routes.localResult(state.saved.id))}>{t("agreed.open")}</a> ·{" "}
            <a href={withBase(routes.history)}>{t("agreed.history")}</a>
          </p>
        )}
        {state.saved && state.dirty && <p>{t("agreed.unsaved")}</p>}
      </div>
    </div>
  );
}
