// CSV import, loaded when opened: read the file, show how its columns map and what is wrong with each row, let the
// officer fix rows and tick the ones to import, then add only those (lib/register/csv-import; nothing is replaced).
import { useMemo, useState } from "preact/hooks";
import {
  confirmImport,
  previewTable,
  recheckRows,
  type ImportOptions,
  type ImportPreview,
  type ImportRow,
} from "../../lib/register/csv-import";
import { MAX_IMPORT_BYTES, readCsvTable, type CsvTable } from "../../lib/register/csv-table";
import type { ImportField } from "../../lib/register/import-columns";
import type { RowFields } from "../../lib/register/import-row";
import { addEntries, listRegister } from "../../lib/register/storage";
import { formatInteger } from "../../lib/site/format";
import { t, tm } from "../../i18n/register-tools";
import { focusOnMount } from "../assessment/ui/focus";
import { ImportMapping } from "./ImportMapping";
import { ImportRowItem } from "./ImportRowItem";

interface Props {
  today: string;
  /** Called after rows were added, so the table shows them while the preview stays open. */
  onImported: () => void;
  onCancel: () => void;
}

type View = "all" | "errors" | "ready";
const PAGE = 100;

interface Loaded {
  fileName: string;
  table: CsvTable;
  preview: ImportPreview;
}

interface Outcome {
  added: number;
  /** Rows not added, with the reasons as text. */
  notAdded: { row: number; reasons: string[] }[];
}

const options = (today: string): ImportOptions => ({ existing: listRegister().entries, today });

/** The rows with the officer's edits laid over what the file says (edits survive a change of mapping). */
const withEdits = (rows: readonly ImportRow[], edits: ReadonlyMap<number, Partial<RowFields>>): ImportRow[] =>
  rows.map((r) => (edits.has(r.row) ? { ...r, fields: { ...r.fields, ...edits.get(r.row) } } : r));

export function ImportPanel({ today, onImported, onCancel }: Props) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [fileError, setFileError] = useState<string>();
  const [edits, setEdits] = useState<Map<number, Partial<RowFields>>>(new Map());
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [view, setView] = useState<View>("all");
  const [limit, setLimit] = useState(PAGE);
  const [outcome, setOutcome] = useState<Outcome>();
  const [reading, setReading] = useState(false);

  const update = (preview: ImportPreview, nextEdits = edits) => {
    setLoaded((l) => l && { ...l, preview });
    setEdits(nextEdits);
    // A ticked row that now has an error (a new duplicate, a bad fix) is unticked: it cannot be imported.
    const ready = new Set(preview.rows.filter((r) => r.entry).map((r) => r.row));
    setTicked((tk) => new Set([...tk].filter((n) => ready.has(n))));
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it in the spreadsheet) reads it again.
    input.value = "";
    setOutcome(undefined);
    setFileError(undefined);
    if (!file) return;
    // Refused before reading: a huge file would stall the page for nothing.
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(tm({ key: "register.import.fileTooLarge", params: { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 } }));
      return;
    }
    setReading(true);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setReading(false);
      setFileError(t("register.importUi.readFailed"));
      return;
    }
    const table = readCsvTable(bytes);
    const preview = previewTable(table, options(today));
    setReading(false);
    setEdits(new Map());
    setTicked(new Set());
    setView("all");
    setLimit(PAGE);
    setLoaded({ fileName: file.name, table, preview });
  };

  const remap = (mapping: (ImportField | null)[]) => {
    if (!loaded) return;
    const fresh = previewTable(loaded.table, { ...options(today), mapping });
    update(edits.size > 0 ? recheckRows(fresh, withEdits(fresh.rows, edits), options(today)) : fresh);
  };

  const fixRow = (row: number, fields: RowFields) => {
    if (!loaded) return;
    const current = loaded.preview.rows.find((r) => r.row === row);
    if (!current) return;
    const changed: Partial<RowFields> = { ...edits.get(row) };
    for (const k of Object.keys(fields) as ImportField[]) if (fields[k] !== current.fields[k]) changed[k] = fields[k];
    const nextEdits = new Map(edits).set(row, changed);
    update(recheckRows(loaded.preview, withEdits(loaded.preview.rows, nextEdits), options(today)), nextEdits);
  };

  const confirm = () => {
    if (!loaded) return;
    const chosen = loaded.preview.rows.filter((r) => ticked.has(r.row));
    const opts = options(today);
    const confirmed = confirmImport(loaded.preview, ticked, opts);
    const skippedRows = new Set(confirmed.skipped.map((s) => s.row));
    const entryRows = chosen.map((r) => r.row).filter((n) => !skippedRows.has(n));
    const written = addEntries(confirmed.entries);
    const notAdded = [
      ...confirmed.skipped.map((s) => ({ row: s.row, reasons: s.problems.map((p) => tm(p)) })),
      ...written.flatMap((w, i) => (w.ok ? [] : [{ row: entryRows[i] ?? 0, reasons: [tm({ key: w.code })] }])),
    ].sort((a, b) => a.row - b.row);
    const imported = new Set(entryRows.filter((_, i) => written[i]?.ok));
    setOutcome({ added: imported.size, notAdded });
    if (imported.size > 0) onImported();
    // The rows just added leave the preview; the rest are checked again against the register as it is now.
    const rest = loaded.preview.rows.filter((r) => !imported.has(r.row));
    update(recheckRows({ ...loaded.preview, rows: rest }, rest, options(today)));
    setTicked(new Set());
  };

  const preview = loaded?.preview;
  const fileErrors = preview?.problems.filter((p) => p.severity === "error") ?? [];
  const fileWarnings = preview?.problems.filter((p) => p.severity === "warning") ?? [];
  const errorRows = preview ? preview.rows.length - preview.ready : 0;
  const rows = useMemo(
    () => (preview?.rows ?? []).filter((r) => (view === "all" ? true : view === "ready" ? !!r.entry : !r.entry)),
    [preview, view],
  );

  return (
    <div class="reg-panel reg-import" role="group" aria-labelledby="reg-import-title">
      <h3 id="reg-import-title" tabIndex={-1} ref={focusOnMount}>
        {t("register.importUi.title")}
      </h3>
      <p>{t("register.importUi.formats")}</p>
      <p>{t("register.importUi.dates")}</p>
      <p>{t("register.importUi.safe")}</p>
      <div class="form-field">
        <label for="reg-import-file">{t("register.importUi.fileLabel")}</label>
        <input id="reg-import-file" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={onFile} />
      </div>
      <div role="status">{reading && <p>{t("register.importUi.reading")}</p>}</div>
      {fileError && (
        <p class="box asm-message" role="alert">
          {fileError}
        </p>
      )}

      {outcome && (
        <div class="box" role="alert" tabIndex={-1} ref={focusOnMount}>
          <p>{t("register.importUi.added", { n: formatInteger(outcome.added) })}</p>
          {outcome.notAdded.length > 0 && (
            <>
              <p>{t("register.importUi.notAdded", { n: formatInteger(outcome.notAdded.length) })}</p>
              <ul>
                {outcome.notAdded.slice(0, 50).map((r) => (
                  <li key={r.row}>{t("register.importUi.rowReasons", { row: r.row, reasons: r.reasons.join(" ") })}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {loaded && preview && (
        <>
          <p>
            {t("register.importUi.fileSummary", {
              file: loaded.fileName,
              rows: formatInteger(loaded.table.records.length),
              encoding: preview.encoding ? t(`register.encoding.${preview.encoding}`) : "–",
              delimiter: preview.delimiter ? t(`register.delimiter.${delimiterKey(preview.delimiter)}`) : "–",
              header: preview.headerRow,
            })}
          </p>
          {fileErrors.map((p, i) => (
            <p key={`e${i}`} class="box asm-message" role="alert">
              {tm(p)}
            </p>
          ))}
          {fileWarnings.length > 0 && (
            <ul class="box">
              {fileWarnings.map((p, i) => (
                <li key={`w${i}`}>{tm(p)}</li>
              ))}
            </ul>
          )}
          {preview.columns.length > 0 && <ImportMapping columns={preview.columns} onChange={remap} />}
          {preview.rows.length > 0 && (
            <section aria-labelledby="reg-import-rows-title">
              <h4 id="reg-import-rows-title">{t("register.importUi.rowsTitle")}</h4>
              <p role="status">
                {t("register.importUi.rowCounts", {
                  ready: formatInteger(preview.ready),
                  errors: formatInteger(errorRows),
                  ticked: formatInteger(ticked.size),
                })}
              </p>
              <fieldset class="reg-view">
                <legend>{t("register.importUi.viewLegend")}</legend>
                {(["all", "errors", "ready"] as const).map((v) => (
                  <span class="reg-check" key={v}>
                    <input
                      type="radio"
                      name="reg-import-view"
                      id={`reg-import-view-${v}`}
                      checked={view === v}
                      onChange={() => {
                        setView(v);
                        setLimit(PAGE);
                      }}
                    />{" "}
                    <label for={`reg-import-view-${v}`}>{t(`register.importUi.view.${v}`)}</label>
                  </span>
                ))}
              </fieldset>
              <div class="action-row">
                <button
                  type="button"
                  class="button secondary"
                  disabled={preview.ready === 0}
                  onClick={() => setTicked(new Set(preview.rows.filter((r) => r.entry).map((r) => r.row)))}
                >
                  {t("register.importUi.tickAll", { n: formatInteger(preview.ready) })}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  disabled={ticked.size === 0}
                  onClick={() => setTicked(new Set())}
                >
                  {t("register.importUi.untickAll")}
                </button>
              </div>
              <ol class="reg-import-rows">
                {rows.slice(0, limit).map((r) => (
                  <ImportRowItem
                    key={r.row}
                    row={r}
                    columns={preview.columns}
                    ticked={ticked.has(r.row)}
                    onTick={(on) =>
                      setTicked((tk) => {
                        const next = new Set(tk);
                        if (on) next.add(r.row);
                        else next.delete(r.row);
                        return next;
                      })
                    }
                    onFix={(fields) => fixRow(r.row, fields)}
                  />
                ))}
              </ol>
              {rows.length === 0 && <p>{t("register.importUi.viewEmpty")}</p>}
              {rows.length > limit && (
                <button type="button" class="button secondary" onClick={() => setLimit((n) => n + PAGE)}>
                  {t("register.importUi.more", { n: formatInteger(Math.min(PAGE, rows.length - limit)) })}
                </button>
              )}
            </section>
          )}
        </>
      )}
      <div class="action-row">
        {loaded && (
          <button type="button" class="button" disabled={ticked.size === 0} onClick={confirm}>
            {t("register.importUi.confirm", { n: formatInteger(ticked.size) })}
          </button>
        )}
        <button type="button" class="button secondary" onClick={onCancel}>
          {loaded ? t("register.importUi.close") : t("register.cancel")}
        </button>
      </div>
    </div>
  );
}

const delimiterKey = (d: string) => (d === ";" ? "semicolon" : d === "," ? "comma" : "tab");
