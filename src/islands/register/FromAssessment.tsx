// "Buat dari penilaian": pick a completed assessment from the history; its partnership name and planning
// references ("rujukan": partners, instrument, number, dates) prefill the form, where the officer checks and saves.
import { useMemo, useState } from "preact/hooks";
import { resultDate } from "../../lib/assessment/format";
import { listHistory } from "../../lib/assessment/history";
import { fieldsFromAssessment } from "../../lib/register/from-assessment";
import type { EntryFields, RegisterEntry } from "../../lib/register/types";
import { withBase } from "../../lib/site/paths";
import * as routes from "../../lib/site/routes";
import { resultTitle } from "../../i18n/assessment";
import { t } from "../../i18n/register-tools";
import { focusOnMount } from "../assessment/ui/focus";
import { ResultSelect } from "../assessment/ui/ResultSelect";

interface Props {
  entries: readonly RegisterEntry[];
  bankTitle: (id: string) => string;
  onDraft: (draft: EntryFields) => void;
  onCancel: () => void;
}

export function FromAssessment({ entries, bankTitle, onDraft, onCancel }: Props) {
  const results = useMemo(() => listHistory().entries.filter((r) => r.completedAt), []);
  const [chosen, setChosen] = useState("");
  const result = results.find((r) => r.id === chosen);
  const linkedTo = result && entries.find((e) => e.assessmentIds.includes(result.id));
  return (
    <div class="reg-panel" role="group" aria-labelledby="reg-from-title">
      <h3 id="reg-from-title" tabIndex={-1} ref={focusOnMount}>
        {t("register.from.title")}
      </h3>
      <p>{t("register.from.body")}</p>
      {results.length === 0 ? (
        <p>
          {t("register.from.none")} <a href={withBase(routes.assessment)}>{t("register.from.start")}</a>
        </p>
      ) : (
        <div class="form-field">
          <label for="reg-from-select">{t("register.from.label")}</label>
          <ResultSelect
            id="reg-from-select"
            results={results}
            value={chosen}
            onChange={setChosen}
            placeholder={t("register.from.placeholder")}
            optionText={(r) =>
              t(r.rujukan ? "register.from.optionWithRefs" : "register.from.option", {
                title: resultTitle(r),
                bank: bankTitle(r.bank.id),
                date: resultDate(r),
              })
            }
          />
        </div>
      )}
      <div role="status">
        {result && (
          <p class="box">
            {result.rujukan ? t("register.from.hasRefs") : t("register.from.noRefs")}
            {linkedTo && ` ${t("register.from.alreadyLinked", { name: linkedTo.name })}`}
          </p>
        )}
      </div>
      <div class="action-row">
        <button
          type="button"
          class="button"
          disabled={!result}
          onClick={() => result && onDraft(fieldsFromAssessment(result))}
        >
          {t("register.from.continue")}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t("register.cancel")}
        </button>
      </div>
    </div>
  );
}
