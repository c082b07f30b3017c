// The case explorer once awake (loaded by ./CaseExplorer.tsx on the reader's first touch): live facets, a text box,
// sorting and the view kept in the URL query. The case cards stay the server's own nodes; the explorer only shows,
// hides and reorders them (./static-list.ts).
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

type SearchPhase = "idle" | "loading" | "ready" | "failed";

/** What the app starts from: the data, the adopted list, and the view and reader's state taken over. */
export interface ExplorerStart {
  records: CaseRecord[];
  known: KnownValues;
  list: StaticList | null;
  state: ExplorerState;
  open: string | null;
  filterShown: boolean;
  /** The id of the control to focus ("cx-q", "cx-toggle-sektor"): the one that had the focus in the static controls. */
  focus: string | null;
}

/** What the reader was doing in the static controls when the explorer took over: carried over, not lost. */
interface Carried {
  /** Text typed into the static search box. */
  q: string;
  focus: string | null;
  /** The facet group opened, if any, and whether the "Saring" disclosure was open. */
  open: string | null;
  filter: boolean;
}

/** Reads the static controls (src/components/case/ExplorerStatic.astro) just before they are replaced. */
function readStatic(root: HTMLElement): Carried {
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

/**
 * Turns /studi-kasus/data.json and the static controls under `root` into the app's start, or null when the data
 * is not valid. The first interactive view is the one the URL names, set with the data so no other view flashes.
 */
export function prepare(json: unknown, root: HTMLElement | null): ExplorerStart | null {
  const records = parseCaseRecords(json);
  if (!records) return null;
  const known = knownValuesOf(records);
  const list = document.getElementById("cx-results");
  const before: Carried = root ? readStatic(root) : { q: "", focus: null, open: null, filter: false };
  let state = parseExplorerQuery(location.search, known);
  if (before.q.trim() && !state.q) state = withQuery(state, before.q);
  const open = firstOpen(state, before.open);
  return {
    records,
    known,
    list: list ? adoptList(list) : null,
    state,
    open,
    filterShown: before.filter || open !== null,
    focus: before.focus,
  };
}

export default function ExplorerApp({ start }: { start: ExplorerStart }) {
  const [state, setState] = useState<ExplorerState>(start.state);
  const [open, setOpen] = useState<string | null>(start.open);
  const [filterShown, setFilterShown] = useState(start.filterShown);
  const [matcher, setMatcher] = useState<CaseMatcher | null>(null);
  const [phase, setPhase] = useState<SearchPhase>("idle");
  // Bumped when the fuzzy matcher arrives, so a query with a misspelt word is matched again.
  const [spellings, setSpellings] = useState(0);
  // A run of keystrokes makes one history entry: the first pushes, the rest replace it.
  const typing = useRef(false);
  const searchRequested = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  function loadSearch() {
    if (searchRequested.current) return;
    searchRequested.current = true;
    setPhase("loading");
    import("./text-search")
      .then((m) => m.loadCaseMatcher(base, () => setSpellings((n) => n + 1)))
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

  // Once, when the app takes over: the focus the reader had, the text search if a query came along, and
  // back/forward.
  useEffect(() => {
    if (start.focus) document.getElementById(start.focus)?.focus();
    if (state.q) loadSearch();
    // Back/forward: show the view the URL names.
    const read = () => {
      typing.current = false;
      const next = parseExplorerQuery(location.search, start.known);
      setState(next);
      if (next.q) loadSearch();
    };
    addEventListener("popstate", read);
    return () => removeEventListener("popstate", read);
  }, []);

  const matches = useMemo(
    () => (matcher && state.q.trim() ? matcher(state.q) : undefined),
    [matcher, state.q, spellings],
  );
  const filter = useMemo(() => toFilter(state, matches ? new Set(matches.keys()) : undefined), [state, matches]);
  const shown = useMemo(
    () => sortCases(filterCases(start.records, filter), state.sort, matches),
    [start, filter, state.sort, matches],
  );

  // The list follows the view before the browser paints, so the count and the cards never disagree on screen.
  useLayoutEffect(() => {
    start.list?.show(shown.map((r) => r.id));
  }, [start, shown]);

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

  const { records, known } = start;
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
    <div class="cx-root">
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
