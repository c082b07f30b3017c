// The register as one table, one row per partnership in the default order (end date first). Filters hide rows
// rather than rebuild them, so a filter change touches one attribute per row (see tests/bench/register-page.ts).
import { Component } from "preact";
import { useRef, useState } from "preact/hooks";
import type { LinkedAssessments } from "../../lib/register/linked-assessments";
import { deleteEntry } from "../../lib/register/storage";
import type { RegisterEntry } from "../../lib/register/types";
import { formatInteger } from "../../lib/site/format";
import { t, tm } from "../../i18n/register";
import { focusOnMount } from "../assessment/ui/focus";
import { RowCells } from "./RowCells";

interface Props {
  /** Every entry, sorted; `shown` says which pass the filters. */
  entries: readonly RegisterEntry[];
  shown: ReadonlySet<string>;
  linked: ReadonlyMap<string, LinkedAssessments>;
  /** Linked assessments are still being read from the history. */
  loading: boolean;
  today: string;
  bankTitle: (id: string) => string;
  onEdit: (entry: RegisterEntry) => void;
  onDeleted: (message: string) => void;
}

interface RowProps {
  entry: RegisterEntry;
  hidden: boolean;
  linked: LinkedAssessments | undefined;
  loading: boolean;
  today: string;
  bankTitle: (id: string) => string;
  onEdit: (entry: RegisterEntry) => void;
  onDelete: (entry: RegisterEntry) => void;
}

/** One row; re-rendered only when its entry, its assessments or its visibility change (callbacks are stable). */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return next.hidden !== p.hidden || next.entry !== p.entry || next.linked !== p.linked || next.loading !== p.loading;
  }
  override render({ entry, hidden, ...rest }: RowProps) {
    return (
      <tr hidden={hidden} data-id={entry.id}>
        <RowCells entry={entry} {...rest} />
      </tr>
    );
  }
}

export function RegisterTable({ entries, shown, linked, loading, today, bankTitle, onEdit, onDeleted }: Props) {
  const [confirming, setConfirming] = useState<RegisterEntry>();
  const [error, setError] = useState<string>();
  // The row callbacks must keep their identity (rows skip re-rendering), so they read the latest state via refs.
  const setConfirmingRef = useRef(setConfirming);
  const onDelete = useRef((entry: RegisterEntry) => {
    setError(undefined);
    setConfirmingRef.current(entry);
  }).current;
  const onEditRef = useRef(onEdit);
  onEditRef.current = onEdit;
  const edit = useRef((entry: RegisterEntry) => onEditRef.current(entry)).current;

  const remove = (entry: RegisterEntry) => {
    const out = deleteEntry(entry.id);
    setConfirming(undefined);
    if (!out.ok) {
      setError(tm({ key: out.code }));
      return;
    }
    onDeleted(t("register.delete.done", { name: entry.name }));
    document.getElementById("reg-list-title")?.focus();
  };
  const cancel = (entry: RegisterEntry) => {
    setConfirming(undefined);
    // After the confirmation box is gone, back to the row's own delete button.
    setTimeout(() => document.getElementById(`reg-del-${entry.id}`)?.focus());
  };

  return (
    <>
      {confirming && (
        <div class="box asm-message no-print" role="group" aria-labelledby="reg-del-q">
          <p id="reg-del-q">{t("register.delete.question", { name: confirming.name })}</p>
          <div class="action-row">
            <button type="button" class="button" onClick={() => remove(confirming)}>
              {t("register.delete.confirm")}
            </button>
            <button type="button" class="button secondary" ref={focusOnMount} onClick={() => cancel(confirming)}>
              {t("register.cancel")}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="box asm-message" role="alert">
          {error}
        </p>
      )}
      <div class="table-wrap reg-table-wrap" role="region" aria-labelledby="reg-caption" tabIndex={0}>
        <table class="reg-table">
          <caption id="reg-caption">
            {t("register.table.caption", { shown: formatInteger(shown.size), total: formatInteger(entries.length) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("register.column.name")}</th>
              <th scope="col">{t("register.column.partners")}</th>
              <th scope="col">{t("register.column.instrument")}</th>
              <th scope="col">{t("register.column.number")}</th>
              <th scope="col">{t("register.column.signedOn")}</th>
              <th scope="col">{t("register.column.endsOn")}</th>
              <th scope="col">{t("register.column.personInCharge")}</th>
              <th scope="col">{t("register.column.status")}</th>
              <th scope="col">{t("register.column.latest")}</th>
              <th scope="col">{t("register.column.reviewOn")}</th>
              <th scope="col" class="no-print">
                {t("register.column.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <Row
                key={e.id}
                entry={e}
                hidden={!shown.has(e.id)}
                linked={linked.get(e.id)}
                loading={loading && e.assessmentIds.length > 0}
                today={today}
                bankTitle={bankTitle}
                onEdit={edit}
                onDelete={onDelete}
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown.size === 0 && <p>{t("register.filter.none")}</p>}
    </>
  );
}
