import { t } from "../../i18n/cases";

interface Props {
  min: number;
  max: number;
  from: number | undefined;
  to: number | undefined;
  onChange: (from: number | undefined, to: number | undefined) => void;
}

/** Year range as two selects: only valid years can be picked, and "Semua" clears a bound. */
export function YearRange({ min, max, from, to, onChange }: Props) {
  const years: number[] = [];
  for (let y = min; y <= max; y++) years.push(y);
  const read = (e: Event) => {
    const v = (e.currentTarget as HTMLSelectElement).value;
    return v === "" ? undefined : Number(v);
  };
  return (
    <fieldset class="cx-years">
      <legend class="visually-hidden">{t("cases.years.legend")}</legend>
      <label for="cx-dari">{t("cases.years.from")}</label>
      <select id="cx-dari" value={from ?? ""} onChange={(e) => onChange(read(e), to)}>
        <option value="">{t("cases.years.any")}</option>
        {years.map((y) => (
          <option key={y} value={y} disabled={to !== undefined && y > to}>
            {y}
          </option>
        ))}
      </select>
      <label for="cx-sampai">{t("cases.years.to")}</label>
      <select id="cx-sampai" value={to ?? ""} onChange={(e) => onChange(from, read(e))}>
        <option value="">{t("cases.years.any")}</option>
        {years.map((y) => (
          <option key={y} value={y} disabled={from !== undefined && y < from}>
            {y}
          </option>
        ))}
      </select>
      <p class="cx-hint">{t("cases.years.hint")}</p>
    </fieldset>
  );
}
