// The register as one table, one row per partnership in the default order (end date first). Only the first
// ROWS_PER_PAGE matching rows are in the page until the officer asks for more, and they are drawn ROWS_PER_TASK at a
// time, one short task after each frame: a filter change answers within a frame (count and caption at once, the
// table marked busy) instead of blocking a slow phone while a whole page of rows is built and laid out
// (tests/bench/register-page.ts). Printing puts every matching row in the table at once.
import { Component, options } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { LinkedAssessments } from "../../lib/register/linked-assessments";
import { keptLeadingRows } from "../../lib/register/list";
import { deleteEntry } from "../../lib/register/storage";
import type { RegisterEntry } from "../../lib/register/types";
import { formatInteger } from "../../lib/site/format";
import { t, tm } from "../../i18n/register";
import { focusOnMount } from "../assessment/ui/focus";
import { afterNextPaint } from "../assessment/ui/yield";
import { RowCells, type RowCellsProps } from "./RowCells";

/** Rows put in the table at first, and added by "Tampilkan … berikutnya". */
export const ROWS_PER_PAGE = 20;
/** Rows drawn in one task (about a phone screen's worth). */
const ROWS_PER_TASK = 10;

/** What the table draws: `count` rows of `rows`, picked under the filter `filterKey`. */
interface Drawn {
  filterKey: string;
  rows: readonly RegisterEntry[];
  count: number;
}

interface Props {
  /** The entries that pass the filters, sorted. */
  rows: readonly RegisterEntry[];
  /** Changes with the filter: a new filter's rows are drawn after the next frame, a few at a time. */
  filterKey: string;
  /** How many entries the register holds. */
  total: number;
  /** How many of `rows` the table holds (ROWS_PER_PAGE or more). */
  limit: number;
  onMore: (limit: number) => void;
  linked: ReadonlyMap<string, LinkedAssessments>;
  /** Linked assessments are still being read from the history. */
  loading: boolean;
  today: string;
  bankTitle: (id: string) => string;
  onEdit: (entry: RegisterEntry) => void;
  onDeleted: (message: string) => void;
}

type RowProps = RowCellsProps;

/** One row; re-rendered only when its entry or its assessments change (callbacks are stable). */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return next.entry !== p.entry || next.linked !== p.linked || next.loading !== p.loading;
  }
  override render({ entry, ...rest }: RowProps) {
    return (
      <tr data-id={entry.id}>
        <RowCells entry={entry} {...rest} />
      </tr>
    );
  }
}

/**
 * Runs a state update and renders it at once rather than in the next microtask. Needed for printing: window.print()
 * fires "beforeprint" and lays the page out for print before any microtask of the calling script can run.
 */
function renderNow(update: () => void) {
  const o = options as { debounceRendering?: ((render: () => void) => void) | undefined };
  const deferred = o.debounceRendering;
  o.debounceRendering = (render) => render();
  try {
    update();
  } finally {
    o.debounceRendering = deferred;
  }
}

export function RegisterTable({
  rows,
  filterKey,
  total,
  limit,
  onMore,
  linked,
  loading,
  today,
  bankTitle,
  onEdit,
  onDeleted,
}: Props) {
  const [confirming, setConfirming] = useState<RegisterEntry>();
  const [error, setError] = useState<string>();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => renderNow(() => setPrinting(true));
    const after = () => setPrinting(false);
    addEventListener("beforeprint", before);
    addEventListener("afterprint", after);
    return () => {
      removeEventListener("beforeprint", before);
      removeEventListener("afterprint", after);
    };
  }, []);
  // After "Tampilkan … berikutnya", focus goes to the first row added, so the keyboard carries on from there.
  const focusRow = useRef<string>();
  useEffect(() => {
    const id = focusRow.current;
    const row = id && document.getElementById(`reg-row-${id}`);
    if (!row) return; // not drawn yet: a later task draws it
    focusRow.current = undefined;
    row.focus();
  });

  const target = Math.min(limit, rows.length);
  const drawnRef = useRef<Drawn>();
  const [, redraw] = useState(0);
  let drawn = drawnRef.current;
  if (!drawn) drawn = { filterKey, rows, count: Math.min(ROWS_PER_TASK, target) };
  // The same filter over changed entries (saved, deleted, another tab): every row at once, so focus can land on one.
  else if (drawn.filterKey === filterKey && drawn.rows !== rows) drawn = { filterKey, rows, count: target };
  drawnRef.current = drawn;
  const busy = drawn.filterKey !== filterKey || drawn.count < target;
  useEffect(() => {
    if (!busy || printing) return;
    return afterNextPaint(() => {
      const d = drawnRef.current!;
      drawnRef.current =
        d.filterKey !== filterKey
          ? {
              filterKey,
              rows,
              count: Math.min(Math.max(ROWS_PER_TASK, keptLeadingRows(d.rows, d.count, rows)), target),
            }
          : { ...d, count: Math.min(d.count + ROWS_PER_TASK, target) };
      redraw((n) => n + 1);
    });
  });
  const inTable = printing ? rows : drawn.rows.slice(0, drawn.count);
  const more = rows.length - target;
  const showMore = (next: number) => {
    focusRow.current = rows[target]?.id;
    onMore(next);
  };
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
      <div
        class="table-wrap reg-table-wrap"
        role="region"
        aria-labelledby="reg-caption"
        aria-busy={busy && !printing ? "true" : undefined}
        tabIndex={0}
      >
        <table class="reg-table">
          <caption id="reg-caption">
            {/* Counts the list being drawn, so the table's label changes with its rows, not before them (a change
                inside the table lays out all of it; the filter's own count above answers at once). */}
            {t("register.table.caption", {
              shown: formatInteger((printing ? rows : drawn.rows).length),
              total: formatInteger(total),
            })}
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
            {inTable.map((e) => (
              <Row
                key={e.id}
                entry={e}
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
      {more > 0 && (
        <div class="reg-more no-print">
          <p>{t("register.table.partial", { rows: formatInteger(target), shown: formatInteger(rows.length) })}</p>
          <div class="action-row">
            <button type="button" class="button secondary" onClick={() => showMore(limit + ROWS_PER_PAGE)}>
              {t("register.table.more", { n: formatInteger(Math.min(ROWS_PER_PAGE, more)) })}
            </button>
            {more > ROWS_PER_PAGE && (
              <button type="button" class="button secondary" onClick={() => showMore(rows.length)}>
                {t("register.table.all", { n: formatInteger(rows.length) })}
              </button>
            )}
          </div>
        </div>
      )}
      {rows.length === 0 && <p>{t("register.filter.none")}</p>}
    </>
  );
}
