// The case explorer: shows the static list (its children) until /studi-kasus/data.json has arrived, then takes
// over the same place with live facets, a text box, sorting and the view kept in the URL query.
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { facetCounts, facetKeys, facetOptions, filterCases, sortCases, type CaseRecord } from "../../lib/cases/facets";
import { facetLabel, facetTitle } from "../../i18n/content";
import { parseCaseRecords } from "../../lib/cases/parse-records";
import { resultSentence } from "../../lib/cases/format";
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
import { FacetGroup } from "./FacetGroup";
import { YearRange } from "./YearRange";
import { CaseList } from "./CaseList";
import { Announce } from "./Announce";

const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

const sortLabels = { terbaru: "Terbaru", judul: "Judul (A–Z)", relevan: "Paling cocok" } as const;

type SearchPhase = "idle" | "loading" | "ready" | "failed";

interface Loaded {
  records: CaseRecord[];
  known: KnownValues;
}

export default function CaseExplorer({ children }: { children?: ComponentChildren }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [state, setState] = useState<ExplorerState>(emptyState);
  const [matcher, setMatcher] = useState<CaseMatcher | null>(null);
  const [phase, setPhase] = useState<SearchPhase>("idle");
  // A run of keystrokes makes one history entry: the first pushes, the rest replace it.
  const typing = useRef(false);
  const searchRequested = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Text typed into the static box before the takeover, and whether it had the focus: carried over, not lost.
  const carried = useRef<{ q: string; focused: boolean } | null>(null);

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

  useEffect(() => {
    fetch(`${base}studi-kasus/data.json`)
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => {
        const records = parseCaseRecords(json);
        if (!records) throw new Error("invalid");
        const known = knownValuesOf(records);
        // The first interactive view is the one the URL names, set with the data so no other view flashes.
        let first = parseExplorerQuery(location.search, known);
        const box = document.getElementById("cx-q");
        if (box instanceof HTMLInputElement && box.value.trim() && !first.q) {
          carried.current = { q: box.value.slice(0, MAX_QUERY_LENGTH), focused: document.activeElement === box };
          first = withQuery(first, carried.current.q);
        }
        setState(first);
        setData({ records, known });
        if (first.q) loadSearch();
      })
      .catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    if (!data) return;
    if (carried.current?.focused) input.current?.focus();
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

  const matches = useMemo(() => (matcher && state.q.trim() ? matcher(state.q) : undefined), [matcher, state.q]);

  // A real box around the static children: client:visible observes the island's children, and the slot that
  // holds them is display: contents, which never intersects.
  if (!data) {
    return (
      <div class="cx-root">
        {failed && (
          <p class="cx-notice" role="status">
            Penyaring interaktif tidak dapat dimuat. Daftar lengkap dan tautan penelusuran di bawah tetap dapat dipakai.
          </p>
        )}
        {children}
      </div>
    );
  }

  const { records, known } = data;
  const textPending = state.q.trim() !== "" && !matches;
  const filter = toFilter(state, matches ? new Set(matches.keys()) : undefined);
  const shown = sortCases(filterCases(records, filter), state.sort, matches);
  const filtered = isFiltered(state);

  const reset = () => {
    change({ ...emptyState });
    heading.current?.focus();
  };

  let status = resultSentence(shown.length, records.length, textPending ? "" : state.q);
  if (textPending && phase === "failed")
    status = `Pencarian teks tidak dapat dimuat; hasil di bawah hanya memakai penyaring. ${status}`;
  else if (textPending) status = "Menyiapkan pencarian teks…";

  return (
    <div class="cx-root">
      <div class="cx">
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
            <label for="cx-q">Cari di studi kasus</label>
            <input
              id="cx-q"
              type="search"
              name="q"
              autocomplete="off"
              maxLength={MAX_QUERY_LENGTH}
              ref={input}
              value={state.q}
              aria-describedby="cx-q-hint"
              onInput={(e) => {
                loadSearch();
                const q = (e.currentTarget as HTMLInputElement).value;
                commit(withQuery(state, q), typing.current ? "replace" : "push");
                typing.current = true;
              }}
            />
            <span id="cx-q-hint" class="cx-hint">
              Bentuk berimbuhan juga dikenali.
            </span>
          </form>
          <div class="cx-sort">
            <label for="cx-urut">Urutkan</label>
            <select
              id="cx-urut"
              value={state.sort}
              onChange={(e) =>
                change({ ...state, sort: (e.currentTarget as HTMLSelectElement).value as ExplorerState["sort"] })
              }
            >
              {(Object.keys(sortLabels) as (keyof typeof sortLabels)[])
                .filter((s) => s !== "relevan" || state.q.trim() !== "")
                .map((s) => (
                  <option key={s} value={s}>
                    {sortLabels[s]}
                  </option>
                ))}
            </select>
          </div>
        </div>
        <div class="cx-facets" role="group" aria-label="Saring studi kasus">
          {facetKeys.map((key) => (
            <FacetGroup
              key={key}
              name={key}
              title={facetTitle(key)}
              options={facetOptions(records, key, (v) => facetLabel(key, v))}
              counts={facetCounts(records, filter, key)}
              selected={state.facets[key] ?? []}
              onToggle={(value, on) => change(toggleFacet(state, key, value, on))}
            />
          ))}
          <YearRange
            min={known.years.min}
            max={known.years.max}
            from={state.from}
            to={state.to}
            onChange={(from, to) => change({ ...state, from, to })}
          />
        </div>
        <h2 id="daftar-kasus" tabIndex={-1} ref={heading}>
          Daftar studi kasus
        </h2>
        <div class="cx-bar">
          <p class="cx-count">{status}</p>
          <Announce text={status} />
          {filtered && shown.length > 0 && (
            <button type="button" class="button secondary cx-reset" onClick={reset}>
              Atur ulang filter
            </button>
          )}
        </div>
        {shown.length > 0 ? (
          <CaseList cases={shown} base={base} />
        ) : (
          <div class="cx-empty">
            <p>Coba hapus sebagian pilihan atau gunakan kata lain.</p>
            <button type="button" class="button" onClick={reset}>
              Atur ulang filter
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
