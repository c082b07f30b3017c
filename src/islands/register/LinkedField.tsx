// The form's "Penilaian terkait": the history's assessments linked to this partnership, and a picker to link more.
import { useEffect, useState } from "preact/hooks";
import type { RegisterEntry } from "../../lib/register/types";
import { limits } from "../../lib/register/types";
import { t } from "../../i18n/register-tools";
import type { AssessmentInfo } from "./load-assessments";

interface Props {
  ids: readonly string[];
  onChange: (ids: string[]) => void;
  info: AssessmentInfo | undefined;
  loadInfo: () => Promise<AssessmentInfo>;
  entries: readonly RegisterEntry[];
  /** The entry being edited (its own links are not "linked elsewhere"). */
  self: string | undefined;
  error: string;
}

export function LinkedField({ ids, onChange, info, loadInfo, entries, self, error }: Props) {
  const [choice, setChoice] = useState("");
  useEffect(() => {
    if (!info) void loadInfo();
  }, []);
  const describe = (id: string) =>
    !info ? t("register.link.loadingItem") : (info.labels.get(id) ?? t("register.link.missing"));
  const elsewhere = (id: string) => entries.find((e) => e.id !== self && e.assessmentIds.includes(id));
  const options = info?.results.filter((r) => !ids.includes(r.id)) ?? [];
  return (
    <fieldset class="reg-linked" id="reg-link" aria-describedby={error ? "reg-link-err" : undefined}>
      <legend>{t("register.link.title")}</legend>
      {error && (
        <p class="reg-field-error" id="reg-link-err">
          {error}
        </p>
      )}
      {ids.length === 0 ? (
        <p class="muted">{t("register.link.none")}</p>
      ) : (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              {describe(id)}{" "}
              <button
                type="button"
                class="button secondary reg-small"
                onClick={() => onChange(ids.filter((x) => x !== id))}
              >
                {t("register.link.remove")}
                <span class="visually-hidden"> {describe(id)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!info ? (
        <p class="muted" role="status">
          {t("register.link.loading")}
        </p>
      ) : options.length === 0 ? (
        <p class="muted">{t("register.link.noneToAdd")}</p>
      ) : (
        ids.length < limits.assessmentIds && (
          <div class="form-field">
            <label for="reg-link-select">{t("register.link.choose")}</label>
            <div class="reg-inline">
              <select id="reg-link-select" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
                <option value="">{t("register.link.placeholder")}</option>
                {options.map((r) => {
                  const other = elsewhere(r.id);
                  return (
                    <option key={r.id} value={r.id}>
                      {other
                        ? t("register.link.optionElsewhere", {
                            item: describe(r.id),
                            name: other.name,
                          })
                        : describe(r.id)}
                    </option>
                  );
                })}
              </select>
              <button
                type="button"
                class="button secondary"
                disabled={choice === ""}
                onClick={() => {
                  onChange([...ids, choice]);
                  setChoice("");
                }}
              >
                {t("register.link.add")}
              </button>
            </div>
          </div>
        )
      )}
    </fieldset>
  );
}
