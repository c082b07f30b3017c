// Filters of the table: status, partner type, "berakhir dalam 90 hari" and "peninjauan terlambat". Every change
// applies at once; the line below says how many rows are shown.
import type { RegisterFilter } from "../../lib/register/list";
import { partnerTypes, registerStatuses, type PartnerType, type RegisterStatus } from "../../lib/register/types";
import { partnerTypeLabel } from "../../lib/register/messages";
import { formatInteger } from "../../lib/site/format";
import { registerText, t } from "../../i18n/register";

interface Props {
  filter: RegisterFilter;
  onChange: (f: RegisterFilter) => void;
  shown: number;
  total: number;
}

const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

export function Filters({ filter, onChange, shown, total }: Props) {
  const statuses = filter.statuses ?? [];
  const toggleStatus = (s: RegisterStatus, on: boolean) =>
    onChange({ ...filter, statuses: on ? [...statuses, s] : statuses.filter((x) => x !== s) });
  const active =
    statuses.length > 0 || (filter.partnerTypes?.length ?? 0) > 0 || !!filter.endingSoon || !!filter.reviewOverdue;
  return (
    <div class="reg-filters no-print">
      <fieldset class="reg-filter-group">
        <legend>{t("register.filter.status")}</legend>
        {registerStatuses.map((s) => (
          <span class="reg-check" key={s}>
            <input
              type="checkbox"
              id={`reg-f-${s}`}
              checked={statuses.includes(s)}
              onChange={(e) => toggleStatus(s, checked(e))}
            />{" "}
            <label for={`reg-f-${s}`}>{t(`register.status.${s}`)}</label>
          </span>
        ))}
      </fieldset>
      <div class="reg-filter-group">
        <label for="reg-f-type">{t("register.filter.partnerType")}</label>
        <select
          id="reg-f-type"
          value={filter.partnerTypes?.[0] ?? ""}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value as PartnerType | "";
            onChange({ ...filter, partnerTypes: v === "" ? [] : [v] });
          }}
        >
          <option value="">{t("register.filter.allTypes")}</option>
          {partnerTypes.map((p) => (
            <option key={p} value={p}>
              {partnerTypeLabel(p, registerText)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="reg-filter-group">
        <legend>{t("register.filter.dates")}</legend>
        <span class="reg-check">
          <input
            type="checkbox"
            id="reg-f-soon"
            checked={!!filter.endingSoon}
            onChange={(e) => onChange({ ...filter, endingSoon: checked(e) })}
          />{" "}
          <label for="reg-f-soon">{t("register.filter.endingSoon")}</label>
        </span>
        <span class="reg-check">
          <input
            type="checkbox"
            id="reg-f-review"
            checked={!!filter.reviewOverdue}
            onChange={(e) => onChange({ ...filter, reviewOverdue: checked(e) })}
          />{" "}
          <label for="reg-f-review">{t("register.filter.reviewOverdue")}</label>
        </span>
      </fieldset>
      <div class="reg-filter-result">
        <p class="reg-filter-count" role="status">
          {shown === total
            ? t("register.filter.showingAll", { total: formatInteger(total) })
            : t("register.filter.showing", { shown: formatInteger(shown), total: formatInteger(total) })}
        </p>
        {/* Kept in place while no filter is on (invisible, so neither focusable nor announced): the table below
            does not move when it appears, which would shift the page and repaint every row. */}
        <button
          type="button"
          class={active ? "button secondary" : "button secondary reg-invisible"}
          onClick={() => onChange({})}
        >
          {t("register.filter.clear")}
        </button>
      </div>
    </div>
  );
}
