// Step 3 of the comparison: per respondent or per agency, and the anonymous mode with its threshold.
import type { CompareMode } from "../../../lib/assessment/compare";
import { t } from "../../../i18n/compare";

export interface CompareSettings {
  mode: CompareMode;
  anonymous: boolean;
  threshold: number;
}

export function CompareOptions({
  value,
  onChange,
}: {
  value: CompareSettings;
  onChange: (v: CompareSettings) => void;
}) {
  const set = (patch: Partial<CompareSettings>) => onChange({ ...value, ...patch });
  return (
    <section aria-labelledby="cmp-opts-title" class="no-print">
      <h2 id="cmp-opts-title">{t("compare.options.title")}</h2>
      <fieldset class="cmp-options">
        <legend>{t("compare.options.legend")}</legend>
        <div>
          <input
            type="radio"
            id="cmp-mode-r"
            name="cmp-mode"
            checked={value.mode === "responden"}
            onChange={() => set({ mode: "responden" })}
          />{" "}
          <label for="cmp-mode-r">{t("compare.options.perRespondent")}</label>
        </div>
        <div>
          <input
            type="radio"
            id="cmp-mode-i"
            name="cmp-mode"
            checked={value.mode === "instansi"}
            onChange={() => set({ mode: "instansi" })}
          />{" "}
          <label for="cmp-mode-i">{t("compare.options.perAgency")}</label>
        </div>
      </fieldset>
      <div class="form-field">
        <input
          type="checkbox"
          id="cmp-anon"
          checked={value.anonymous}
          onChange={(e) => set({ anonymous: (e.currentTarget as HTMLInputElement).checked })}
        />{" "}
        <label for="cmp-anon">{t("compare.options.anonymous")}</label>
      </div>
      {value.anonymous && (
        <div class="form-field">
          <label for="cmp-threshold">{t("compare.options.threshold")}</label>{" "}
          <select
            id="cmp-threshold"
            value={String(value.threshold)}
            onChange={(e) => set({ threshold: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {[3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}
