// The case explorer. Until the reader touches its controls (or arrives with a view in the URL) it leaves the server's
// HTML alone: its children (the static search box and facet links) and the case list after it. Then it fetches
// /studi-kasus/data.json and takes over: live facets, a text box, sorting, the view kept in the URL query. The case
// cards stay the server's own nodes; the explorer only shows, hides and reorders them (./static-list.ts).
import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  caseSorts,
  facetCounts,
  facetKeys,
  facetOptions,
  filterCases,
  sortCases,
  type CaseRecord,
} from "../../lib/cases/facets";
import { facetLabel, facetTitle } from "../../i18n/content";
import { resultSentence, t } from "../../i18n/cases";
import { parseCaseRecords } from "../../lib/cases/parse-records";
import {
  carriesView,
  emptyState,
  explorerQuery,
  isFiltered,
  knownValuesOf,
  MAX_QUERY_LENGTH,
  parseExplorerQuery,
  toFilter,
  toggleFacet,
  withQuery,
  type ExplorerState,
  type KnownValues,
} from "../../lib/cases/query-state";
import type { CaseMatcher } from "./text-search";
import { adoptList, type StaticList } from "./static-list";
import { FacetBar, type FacetTab } from "./FacetBar";
import { FacetOptions } from "./FacetOptions";
import { YearRange } from "./YearRange";
import { Announce } from "./Announce";

const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** What wakes the explorer: a pointer over or on its controls, or the keyboard's focus in them. */
const wakeEvents = ["pointerover", "pointerdown", "touchstart", "focusin"] as const;

type SearchPhase = "idle" | "loading" | "ready" | "failed";

interface Loaded {
  records: CaseRecord[];
  known: KnownValues;
  list: StaticList | null;
}

/** What the reader was doing in the static controls when the explorer took over: carried over, not lost. */
interface Carried {
  q: string;
  /** The id of the control to focus again ("cx-q", "cx-toggle-sektor"), if one had the focus. */
  focus: string | null;
}

/** Reads the static controls (src/components/case/ExplorerStatic.astro) just before they are replaced. */
function readStatic(root: HTMLElement): Carried & { open: string | null; filter: boolean } {
  const box = root.querySelector<HTMLInputElement>("#cx-q");
  const opened = root.querySelector<HTMLElement>("details[open][data-facet]");
  const focused = document.activeElement;
  const focusedFacet = focused instanceof Element ? focused.closest<HTMLElement>("[data-facet]") : null;
  return {
    q: box?.value.slice(0, MAX_QUERY_LENGTH) ?? "",
    focus: focused === box ? "cx-q" : focusedFacet ? `cx-toggle-${focusedFacet.dataset.facet ?? ""}` : null,
    open: opened?.dataset.facet ?? null,
    filter: root.querySelector<HTMLDetailsElement>("details.cx-filter")?.open ?? false,
  };
}

/** The facet panel to show first: the one the reader had opened, else the first that narrows a shared view. */
function firstOpen(state: ExplorerState, opened: string | null): string | null {
  if (opened) return opened;
  const picked = facetKeys.find((k) => (state.facets[k]?.length ?? 0) > 0);
  if (picked) return picked;
  return state.from !== undefined || state.to !== undefined ? "tahun" : null;
}

export default function CaseExplorer({ children }: { children?: ComponentChildren }) {
  const [wanted, setWanted] = useState(false);
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [state, setState] = useState<ExplorerState>(emptyState);
  const [open, setOpen] = useState<string | null>(null);
  const [filterShown, setFilterShown] = useState(false);
  const [matcher, setMatcher] = useState<CaseMatcher | null>(null);
  const [phase, setPhase] = useState<SearchPhase>("idle");
  // A run of keystrokes makes one history entry: the first pushes, the rest replace it.
  const typing = useRef(false);
  const searchRequested = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const carried = useRef<Carried | null>(null);

  function loadSearch() {
    if (searchRequested.current) return;
    searchRequested.current = true;
    setPhase("loading");
    import("./text-search")
      .then((m) => m.loadCaseMatcher(base))
      .then(
        (fn) => {
          setMatcher(() => fn);
          setPhase("ready");
        },
        () => {
          // The next keystroke tries again.
          searchRequested.current = false;
          setPhase("failed");
        },
      );
  }

  // Wait for the reader, unless the URL already names a view.
  useEffect(() => {
    if (carriesView(location.search)) {
      setWanted(true);
      return;
    }
    const el = root.current;
    if (!el) return;
    // The reader may have reached the controls before this script ran.
    if (el.matches(":hover") || el.contains(document.activeElement) || el.querySelector("details[open]")) {
      setWanted(true);
      return;
    }
    const wake = () => {
      for (const type of wakeEvents) el.removeEventListener(type, wake);
      setWanted(true);
    };
    for (const type of wakeEvents) el.addEventListener(type, wake, { passive: true });
    return () => {
      for (const type of wakeEvents) el.removeEventListener(type, wake);
    };
  }, []);

  useEffect(() => {
    if (!wanted) return;
    fetch(`${base}studi-kasus/data.json`)
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => {
        const records = parseCaseRecords(json);
        if (!records) throw new Error("invalid");
        const known = knownValuesOf(records);
        const list = document.getElementById("cx-results");
        const before = root.current ? readStatic(root.current) : { q: "", focus: null, open: null, filter: false };
        // The first interactive view is the one the URL names, set with the data so no other view flashes.
        let first = parseExplorerQuery(location.search, known);
        if (before.q.trim() && !first.q) first = withQuery(first, before.q);
        carried.current = before;
        setState(first);
        const opened = firstOpen(first, before.open);
        setOpen(opened);
        setFilterShown(before.filter || opened !== null);
        setData({ records, known, list: list ? adoptList(list) : null });
        if (first.q) loadSearch();
      })
      .catch(() => setFailed(true));
  }, [wanted]);

  useEffect(() => {
    if (!data) return;
    const focus = carried.current?.focus;
    if (focus) document.getElementById(focus)?.focus();
    carried.current = null;
    // Back/forward: show the view the URL names.
    const read = () => {
      typing.current = false;
      const next = parseExplorerQuery(location.search, data.known);
      setState(next);
      if (next.q) loadSearch();
    };
    addEventListener("popstate", read);
    return () => removeEventListener("popstate", read);
  }, [data]);

  const matches = useMemo(() => (matcher && state.q.trim() ? matcher(state.q) : undefined), [matcher, state.q]);
  const filter = useMemo(() => toFilter(state, matches ? new Set(matches.keys()) : undefined), [state, matches]);
  const shown = useMemo(
    () => (data ? sortCases(filterCases(data.records, filter), state.sort, matches) : []),
    [data, filter, state.sort, matches],
  );

  // The list follows the view before the browser paints, so the count and the cards never disagree on screen.
  useLayoutEffect(() => {
    data?.list?.show(shown.map((r) => r.id));
  }, [data, shown]);

  function commit(next: ExplorerState, mode: "push" | "replace") {
    setState(next);
    const url = location.pathname + explorerQuery(next) + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  const change = (next: ExplorerState) => {
    typing.current = false;
    commit(next, "push");
  };

  // A real box around the static children: client:visible observes the island's children, and the slot that
  // holds them is display: contents, which never intersects. It also receives the events that wake the explorer.
  if (!data) {
    return (
      <div class="cx-root" ref={root}>
        {failed && (
          <p class="cx-notice" role="status">
            {t("cases.loadFailed")}
          </p>
        )}
        {children}
      </div>
    );
  }

  const { records, known } = data;
  const textPending = state.q.trim() !== "" && !matches;
  const filtered = isFiltered(state);

  const reset = () => {
    change({ ...emptyState });
    heading.current?.focus();
  };

  let status = resultSentence(shown.length, records.length, textPending ? "" : state.q);
  if (textPending && phase === "failed") status = t("cases.result.searchFailed", { status });
  else if (textPending) status = t("cases.result.preparing");

  const yearsActive = state.from !== undefined || state.to !== undefined;
  const pickedCount = facetKeys.reduce((n, k) => n + (state.facets[k]?.length ?? 0), yearsActive ? 1 : 0);
  const tabs: FacetTab[] = [
    ...facetKeys.map((key): FacetTab => ({
      key,
      title: facetTitle(key),
      picked: state.facets[key]?.length ? t("cases.facets.picked", { n: state.facets[key].length }) : "",
      panel: () => (
        <FacetOptions
          name={key}
          title={facetTitle(key)}
          options={facetOptions(records, key, (v) => facetLabel(key, v))}
          counts={facetCounts(records, filter, key)}
          selected={state.facets[key] ?? []}
          onToggle={(value, on) => change(toggleFacet(state, key, value, on))}
        />
      ),
    })),
    {
      key: "tahun",
      title: t("cases.years.title"),
      picked: yearsActive
        ? ` · ${t("cases.years.closed", { start: state.from ?? known.years.min, end: state.to ?? known.years.max })}`
        : "",
      panel: () => (
        <YearRange
          min={known.years.min}
          max={known.years.max}
          from={state.from}
          to={state.to}
          onChange={(from, to) => change({ ...state, from, to })}
        />
      ),
    },
  ];

  return (
    <div class="cx-root" ref={root}>
      <div class="cx-controls">
        <form
          class="cx-search"
          role="search"
          action={`${base}cari/`}
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            heading.current?.focus();
          }}
        >
          <label for="cx-q">{t("cases.search.label")}</label>
          <input
            id="cx-q"
            type="search"
            name="q"
            autocomplete="off"
            maxLength={MAX_QUERY_LENGTH}
            value={state.q}
            aria-describedby="cx-q-hint"
            onInput={(e) => {
              loadSearch();
              const q = (e.currentTarget as HTMLInputElement).value;
              commit(withQuery(state, q), typing.current ? "replace" : "push");
              typing.current = true;
            }}
          />
        </form>
        <div class="cx-sort">
          <label for="cx-urut">{t("cases.sort.label")}</label>
          <select
            id="cx-urut"
            value={state.sort}
            onChange={(e) =>
              change({ ...state, sort: (e.currentTarget as HTMLSelectElement).value as ExplorerState["sort"] })
            }
          >
            {caseSorts
              .filter((s) => s !== "relevan" || state.q.trim() !== "")
              .map((s) => (
                <option key={s} value={s}>
                  {t(`cases.sort.${s}`)}
                </option>
              ))}
          </select>
        </div>
        <p id="cx-q-hint" class="cx-hint">
          {t("cases.search.hint")}
        </p>
      </div>
      <FacetBar
        tabs={tabs}
        open={open}
        onOpen={setOpen}
        shown={filterShown}
        onShow={setFilterShown}
        picked={pickedCount > 0 ? t("cases.facets.picked", { n: pickedCount }) : ""}
      />
      <h2 id="daftar-kasus" tabIndex={-1} ref={heading}>
        {t("cases.list.heading")}
      </h2>
      <div class="cx-bar">
        <p class="cx-count">{status}</p>
        <Announce text={status} />
        {filtered && shown.length > 0 && (
          <button type="button" class="button secondary cx-reset" onClick={reset}>
            {t("cases.reset")}
          </button>
        )}
      </div>
      {shown.length === 0 && (
        <div class="cx-empty">
          <p>{t("cases.empty")}</p>
          <button type="button" class="button" onClick={reset}>
            {t("cases.reset")}
          </button>
        </div>
      )}
    </div>
  );
}
