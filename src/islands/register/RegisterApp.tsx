// /penilaian/daftar/: the partnership register kept in this browser. The island holds the list and the panels; each
// piece of logic lives in src/lib/register. Import, exports, backup and the history's assessments load on demand,
// so the page's first load carries only the table, the filters and the form.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { BankRef } from "../../lib/assessment/bank-refs";
import { linkedAssessments, type LinkedAssessments } from "../../lib/register/linked-assessments";
import { filterEntries, registerCounts, sortByEndDate, type RegisterFilter } from "../../lib/register/list";
import { listRegister, type RegisterList } from "../../lib/register/storage";
import type { EntryFields, RegisterEntry } from "../../lib/register/types";
import { localDate } from "../../lib/site/dates";
import { t, tm } from "../../i18n/register";
import { t as tc } from "../../i18n/clear";
import ClearDataButton from "../assessment/history/ClearDataButton";
import { Alert } from "../assessment/ui/Alert";
import type { AssessmentInfo } from "./load-assessments";
import { Counts } from "./Counts";
import { Filters } from "./Filters";
import { RegisterTable, ROWS_PER_PAGE } from "./RegisterTable";
import { Toolbar, type PanelKind } from "./Toolbar";
import { LazyPanel } from "./LazyPanel";
import { PENDING_LINK_KEY } from "../../lib/register/pending-link";
import { ExportTools } from "./ExportTools";

export type Panel =
  | { kind: "none" }
  | { kind: "form"; entry?: RegisterEntry; draft?: EntryFields; returnFocus: string }
  | { kind: "fromAssessment" | "import"; returnFocus: string };

export default function RegisterApp({ banks }: { banks: BankRef[] }) {
  const today = useMemo(() => localDate(), []);
  const [list, setList] = useState<RegisterList>();
  const [filter, setFilter] = useState<RegisterFilter>({});
  // Rows in the table (see RegisterTable); a new filter starts again from the first page.
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  // The row just saved, kept in the table even when its new end date sorts it past the rows shown.
  const [reveal, setReveal] = useState<string>();
  const [panel, setPanel] = useState<Panel>({ kind: "none" });
  const [notice, setNotice] = useState<string>();
  const [info, setInfo] = useState<AssessmentInfo>();
  const focusAfter = useRef<string>();
  // After "Nilai sekarang" the page may have a result to offer for linking; the prompt's code loads only then.
  const [hasPending] = useState(() => {
    try {
      return sessionStorage.getItem(PENDING_LINK_KEY) !== null;
    } catch {
      return false;
    }
  });

  const refresh = () => setList(listRegister());
  useEffect(() => {
    refresh();
    // Another tab of this site may change the register (or clear all data): show what is stored now.
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key.startsWith("siapmitra-daftar:")) refresh();
    };
    addEventListener("storage", onStorage);
    return () => removeEventListener("storage", onStorage);
  }, []);

  const sorted = useMemo(() => sortByEndDate(list?.entries ?? []), [list]);
  const matching = useMemo(() => filterEntries(sorted, filter, today), [sorted, filter]);
  const revealAt = reveal === undefined ? -1 : matching.findIndex((e) => e.id === reveal);
  const rowsInTable = revealAt < limit ? limit : Math.ceil((revealAt + 1) / ROWS_PER_PAGE) * ROWS_PER_PAGE;
  const counts = useMemo(() => registerCounts(sorted, today), [sorted]);
  const filterKey = useMemo(() => JSON.stringify(filter), [filter]);

  // The history's assessments are read (and their banks fetched to score them) only when some entry links one.
  const linkedIds = useMemo(() => sorted.flatMap((e) => e.assessmentIds).join(","), [sorted]);
  const loadInfo = () =>
    import("./load-assessments").then(async (m) => {
      const loaded = await m.loadAssessments(sorted);
      setInfo(loaded);
      return loaded;
    });
  useEffect(() => {
    if (linkedIds !== "") void loadInfo();
  }, [linkedIds]);
  const linked = useMemo(() => {
    const out = new Map<string, LinkedAssessments>();
    if (info) for (const e of sorted) out.set(e.id, linkedAssessments(e.assessmentIds, info.summaries));
    return out;
  }, [sorted, info]);

  // Focus goes back to the control that opened a panel (or to the row just saved) once the page has re-rendered.
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = undefined;
    const el = document.getElementById(id);
    // A row hidden by a filter (its new status no longer matches) cannot take focus: the list heading does.
    if (el && el.getClientRects().length > 0) el.focus();
    else document.getElementById("reg-list-title")?.focus();
  });
  const closePanel = (message?: string, focusId?: string) => {
    if (panel.kind !== "none") focusAfter.current = focusId ?? panel.returnFocus;
    setPanel({ kind: "none" });
    if (message !== undefined) setNotice(message);
    refresh();
  };
  const open = (kind: PanelKind, returnFocus: string) => {
    setNotice(undefined);
    setPanel({ kind, returnFocus });
  };

  if (!list) return <p role="status">{t("register.app.loading")}</p>;
  const entries = list.entries;
  const titleOf = (id: string) => banks.find((b) => b.id === id)?.title ?? id;

  return (
    <div class="reg">
      {list.unavailable && <Alert>{t("register.storage.unavailable")}</Alert>}
      {list.keptAside.length + list.leftInPlace > 0 && (
        <Alert announce={false}>
          {tm({ key: "register.storage.keptAside", params: { count: list.keptAside.length + list.leftInPlace } })}
        </Alert>
      )}
      <Counts counts={counts} />
      {hasPending && (
        <LazyPanel
          load={() => import("./PendingLinkPrompt").then((m) => m.PendingLinkPrompt)}
          props={{ entries, loadInfo, onLinked: (m: string) => closePanel(m) }}
        />
      )}

      <section aria-labelledby="reg-add-title" class="reg-add no-print">
        <h2 id="reg-add-title">{t("register.add.title")}</h2>
        <Toolbar open={open} active={panel.kind === "form" && panel.entry ? "edit" : panel.kind} />
        {panel.kind === "form" && (
          <LazyPanel
            key={panel.entry?.id ?? "new"}
            load={() => import("./EntryForm").then((m) => m.EntryForm)}
            props={{
              entry: panel.entry,
              draft: panel.draft,
              entries,
              info,
              loadInfo,
              onDone: (message: string, id?: string) => {
                setReveal(id);
                closePanel(message, id ? `reg-edit-${id}` : undefined);
              },
              onCancel: () => closePanel(),
            }}
          />
        )}
        {panel.kind === "fromAssessment" && (
          <LazyPanel
            load={() => import("./FromAssessment").then((m) => m.FromAssessment)}
            props={{
              entries,
              bankTitle: titleOf,
              onDraft: (draft: EntryFields) => setPanel({ kind: "form", draft, returnFocus: panel.returnFocus }),
              onCancel: () => closePanel(),
            }}
          />
        )}
        {panel.kind === "import" && (
          <LazyPanel
            load={() => import("./ImportPanel").then((m) => m.ImportPanel)}
            props={{ today, onImported: refresh, onCancel: () => closePanel() }}
          />
        )}
      </section>

      <section aria-labelledby="reg-list-title" class="reg-list">
        <h2 id="reg-list-title" tabIndex={-1}>
          {t("register.list.title", { n: entries.length })}
        </h2>
        <p role="status" class="reg-notice">
          {notice}
        </p>
        {entries.length === 0 ? (
          <p>{t("register.list.empty")}</p>
        ) : (
          <>
            <Filters
              filter={filter}
              onChange={(f) => {
                setFilter(f);
                setLimit(ROWS_PER_PAGE);
                setReveal(undefined);
              }}
              shown={matching.length}
              total={entries.length}
            />
            <RegisterTable
              rows={matching}
              filterKey={filterKey}
              total={entries.length}
              limit={rowsInTable}
              onMore={setLimit}
              linked={linked}
              loading={linkedIds !== "" && !info}
              today={today}
              bankTitle={titleOf}
              onEdit={(entry) => {
                setNotice(undefined);
                setPanel({ kind: "form", entry, returnFocus: `reg-edit-${entry.id}` });
              }}
              onDeleted={(message) => {
                setNotice(message);
                refresh();
              }}
            />
          </>
        )}
      </section>

      <ExportTools entries={sorted} info={info} loadInfo={loadInfo} today={today} onRestored={refresh} />

      <section aria-labelledby="reg-clear-title" class="no-print">
        <h2 id="reg-clear-title">{tc("clear.title")}</h2>
        <p>{tc("clear.body")}</p>
        <ClearDataButton
          onCleared={() => {
            setInfo(undefined);
            setPanel({ kind: "none" });
            refresh();
          }}
        />
      </section>
    </div>
  );
}
