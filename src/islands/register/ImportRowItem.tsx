// One row of the import preview: a tick box (only for rows without errors), what the row says, its problems in
// words, and a small form to fix the row's cells, which are then checked again by the same rules as the file.
import { useState } from "preact/hooks";
import type { ImportColumn, ImportRow } from "../../lib/register/csv-import";
import { importFields, type ImportField } from "../../lib/register/import-columns";
import type { RowFields } from "../../lib/register/import-row";
import { t, tm } from "../../i18n/register-tools";
import { focusOnMount } from "../assessment/ui/focus";
import { WarnIcon } from "./icons";

interface Props {
  row: ImportRow;
  columns: readonly ImportColumn[];
  ticked: boolean;
  onTick: (on: boolean) => void;
  onFix: (fields: RowFields) => void;
}

const MULTI_LINE: readonly ImportField[] = ["partners", "partnerTypes", "note"];

export function ImportRowItem({ row, columns, ticked, onTick, onFix }: Props) {
  const [fixing, setFixing] = useState(false);
  const [draft, setDraft] = useState<RowFields>(row.fields);
  const n = row.row;
  const name = row.fields.name.trim() || t("register.importUi.noName");
  const errors = row.problems.filter((p) => p.severity === "error");
  const warnings = row.problems.filter((p) => p.severity === "warning");
  const mapped = new Set(columns.map((c) => c.field).filter((f) => f !== null));
  const summary = (["partners", "endsOn", "status"] as const)
    .filter((f) => row.fields[f].trim() !== "")
    .map((f) => `${t(`register.column.${f}`)}: ${row.fields[f].replace(/\s*[\r\n]+\s*/g, "; ").trim()}`)
    .join(" · ");
  return (
    <li class={`card reg-import-row ${row.entry ? "" : "reg-import-bad"}`} data-row={n}>
      <div class="reg-check">
        <input
          type="checkbox"
          id={`reg-import-tick-${n}`}
          checked={ticked}
          disabled={!row.entry}
          aria-describedby={row.problems.length > 0 ? `reg-import-p-${n}` : undefined}
          onChange={(e) => onTick(e.currentTarget.checked)}
        />{" "}
        <label for={`reg-import-tick-${n}`}>{t("register.importUi.tick", { row: n, name })}</label>
      </div>
      {summary && <p class="reg-sub">{summary}</p>}
      {row.problems.length > 0 && (
        <ul class="reg-import-problems" id={`reg-import-p-${n}`}>
          {errors.map((p, i) => (
            <li key={`e${i}`} class="reg-flag-late">
              <WarnIcon />
              <strong>{t("register.importUi.error")}</strong> {tm(p)}
            </li>
          ))}
          {warnings.map((p, i) => (
            <li key={`w${i}`}>
              <strong>{t("register.importUi.warning")}</strong> {tm(p)}
            </li>
          ))}
        </ul>
      )}
      {!fixing ? (
        <button
          type="button"
          class="button secondary reg-small"
          id={`reg-import-fix-${n}`}
          onClick={() => {
            setDraft(row.fields);
            setFixing(true);
          }}
        >
          {t(errors.length > 0 ? "register.importUi.fix" : "register.importUi.edit", { row: n })}
        </button>
      ) : (
        <form
          class="reg-fix"
          aria-label={t("register.importUi.fixTitle", { row: n })}
          onSubmit={(e) => {
            e.preventDefault();
            setFixing(false);
            onFix(draft);
            setTimeout(() => document.getElementById(`reg-import-fix-${n}`)?.focus());
          }}
        >
          {importFields
            .filter((f) => mapped.has(f) || draft[f] !== "" || f === "name")
            .map((f, i) => {
              const id = `reg-fix-${n}-${f}`;
              const onInput = (e: Event) =>
                setDraft((d) => ({ ...d, [f]: (e.currentTarget as HTMLInputElement).value }));
              return (
                <div class="form-field" key={f}>
                  <label for={id}>{t(`register.column.${f}`)}</label>
                  {MULTI_LINE.includes(f) ? (
                    <textarea id={id} rows={2} value={draft[f]} onInput={onInput} />
                  ) : (
                    <input id={id} value={draft[f]} onInput={onInput} ref={i === 0 ? focusOnMount : null} />
                  )}
                </div>
              );
            })}
          <p class="muted">{t("register.importUi.fixHint")}</p>
          <div class="action-row">
            <button type="submit" class="button">
              {t("register.importUi.recheck")}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setFixing(false);
                setTimeout(() => document.getElementById(`reg-import-fix-${n}`)?.focus());
              }}
            >
              {t("register.cancel")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
