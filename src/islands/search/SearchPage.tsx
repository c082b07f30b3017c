import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { recordTypes, type RecordType } from "../../lib/search/types";
import { t } from "../../i18n/search";
import { ResultList, Suggestions, TypeFilters, arrowNavigation } from "./Results";
import { allCount, isPartial, statusText, useSearch } from "./useSearch";
import "./search.css";

/** Rows per step of "Tampilkan … berikutnya". */
const PAGE_ROWS = 20;

const fromUrl = () => {
  const params = new URLSearchParams(location.search);
  const jenis = params.get("jenis");
  return {
    q: params.get("q") ?? "",
    // Read back from the URL, so only a known type counts.
    type: (recordTypes as readonly string[]).includes(jenis ?? "") ? (jenis as RecordType) : undefined,
  };
};

/**
 * The /cari/ results page. The query and the type filter live in the URL: the first keystroke after a committed
 * query (the one the page opened with, or one submitted with Enter) adds a history entry, later keystrokes update
 * it, and back/forward restore the query and its results.
 */
export default function SearchPage() {
  const initial = fromUrl();
  const [query, setQuery] = useState(initial.q);
  const [type, setType] = useState(initial.type);
  const [shown, setShown] = useState(PAGE_ROWS);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // The index loads once the reader heads for the box or arrives with ?q=, not on every visit: data is metered,
  // and parsing it at load is the page's longest task on a slow phone.
  const [wanted, setWanted] = useState(false);
  const state = useSearch(query, wanted || query.trim() !== "", type);
  const committed = useRef(true);

  // Before the first paint, so the notice and the box never show together (that would push the links down).
  useLayoutEffect(() => {
    document.querySelector("[data-search-nojs]")?.remove();
    const onPop = () => {
      committed.current = true;
      const u = fromUrl();
      setQuery(u.q);
      setType(u.type);
      setShown(PAGE_ROWS);
    };
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);

  const urlFor = (q: string, jenis: RecordType | undefined) => {
    const url = new URL(location.href);
    if (q.trim()) url.searchParams.set("q", q.trim());
    else url.searchParams.delete("q");
    if (jenis) url.searchParams.set("jenis", jenis);
    else url.searchParams.delete("jenis");
    return url;
  };
  const update = (q: string, jenis: RecordType | undefined) => {
    if (committed.current) history.pushState(null, "", urlFor(q, jenis));
    else history.replaceState(null, "", urlFor(q, jenis));
    committed.current = false;
  };

  const ready = state.status === "ready" ? state : undefined;
  return (
    <div class="search-page" onKeyDown={(e) => arrowNavigation(e, list.current, input.current)}>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          history.replaceState(null, "", urlFor(query, type));
          committed.current = true;
        }}
      >
        <label for="cari-kata">{t("search.label")}</label>
        <div class="search-row">
          <input
            ref={input}
            id="cari-kata"
            name="q"
            type="search"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="cari-status"
            value={query}
            onFocus={() => setWanted(true)}
            onPointerEnter={() => setWanted(true)}
            onInput={(e) => {
              const q = e.currentTarget.value;
              setQuery(q);
              setShown(PAGE_ROWS);
              update(q, type);
            }}
          />
          <button type="submit" class="button">
            {t("search.submit")}
          </button>
        </div>
      </form>
      <p id="cari-status" class="search-status" role="status">
        {statusText(state)}
      </p>
      <div ref={list}>
        {ready && allCount(ready.outcome) > 0 && (
          <>
            <TypeFilters
              outcome={ready.outcome}
              type={type}
              idPrefix="cari"
              onChange={(next) => {
                setType(next);
                setShown(PAGE_ROWS);
                committed.current = true;
                update(query, next);
              }}
            />
            {isPartial(ready.outcome) && <p class="search-note">{t("search.status.partial")}</p>}
            <ResultList outcome={ready.outcome} shown={shown} />
            {ready.outcome.hits.length > shown && (
              <p class="search-more">
                <button type="button" class="button secondary" onClick={() => setShown((n) => n + PAGE_ROWS)}>
                  {t("search.result.showMore", { count: Math.min(PAGE_ROWS, ready.outcome.hits.length - shown) })}
                </button>
              </p>
            )}
          </>
        )}
        {ready && allCount(ready.outcome) === 0 && (
          <div class="search-empty">
            <Suggestions
              items={ready.suggestions}
              onPick={(s) => {
                setQuery(s);
                committed.current = true;
                update(s, type);
                input.current?.focus();
              }}
            />
            <p>{t("search.empty.hintPage")}</p>
          </div>
        )}
      </div>
    </div>
  );
}
