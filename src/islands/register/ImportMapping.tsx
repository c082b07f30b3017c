// Which column of the file fills which field: guessed from the headers, shown with sample values, and changeable.
import type { ImportColumn } from "../../lib/register/csv-import";
import { importFields, type ImportField } from "../../lib/register/import-columns";
import { t } from "../../i18n/register-tools";

interface Props {
  columns: readonly ImportColumn[];
  onChange: (mapping: (ImportField | null)[]) => void;
}

export function ImportMapping({ columns, onChange }: Props) {
  const choose = (i: number, v: string) =>
    onChange(columns.map((c, k) => (k === i ? (v === "" ? null : (v as ImportField)) : c.field)));
  return (
    <div class="table-wrap" role="region" aria-labelledby="reg-map-caption" tabIndex={0}>
      <table class="data-table reg-map">
        <caption id="reg-map-caption">{t("register.mapping.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("register.mapping.column")}</th>
            <th scope="col">{t("register.mapping.samples")}</th>
            <th scope="col">{t("register.mapping.field")}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c, i) => {
            const name = c.header || t("register.mapping.noHeader", { n: i + 1 });
            return (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td>
                  {c.samples.length === 0 ? (
                    <span class="muted">{t("register.mapping.emptyColumn")}</span>
                  ) : (
                    c.samples.join(" · ")
                  )}
                </td>
                <td>
                  <label class="visually-hidden" for={`reg-map-${i}`}>
                    {t("register.mapping.label", { column: name })}
                  </label>
                  <select id={`reg-map-${i}`} value={c.field ?? ""} onChange={(e) => choose(i, e.currentTarget.value)}>
                    <option value="">{t("register.mapping.ignore")}</option>
                    {importFields.map((f) => (
                      <option key={f} value={f}>
                        {t(`register.column.${f}`)}
                      </option>
                    ))}
                  </select>
                  {c.guessed !== c.field && (
                    <span class="reg-sub muted">
                      {c.guessed
                        ? t("register.mapping.guessed", { field: t(`register.column.${c.guessed}`) })
                        : t("register.mapping.notGuessed")}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
