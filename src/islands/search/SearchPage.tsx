import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { Results, arrowNavigation } from "./Results";
import { statusText, useSearch } from "./useSearch";
import "./search.css";

interface Props {
  /** Where to browse when nothing matches: guide sections, the case list, the glossary. */
  browse: { href: string; label: string }[];
}

const queryFromUrl = () => new URLSearchParams(location.search).get("q") ?? "";

/**
 * The /cari/ results page. The query lives in the URL: the first keystroke after a committed query (the one
 * the page opened with, or one submitted with Enter) adds a history entry, later keystrokes update it, and
 * back/forward restore the query and its results.
 */
export default function SearchPage({ browse }: Props) {
  const [query, setQuery] = useState(queryFromUrl);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // The index (about 77 KB gzip) loads once the reader heads for the box or arrives with ?q=, not on every visit:
  // data is metered, and parsing it at load is the page's longest task on a slow phone.
  const [wanted, setWanted] = useState(false);
  const state = useSearch(query, wanted || query.trim() !== "", 100);
  const committed = useRef(true);

  // Before the first paint, so the notice and the box never show together (that would push the links down).
  useLayoutEffect(() => {
    document.querySelector("[data-search-nojs]")?.remove();
    const onPop = () => {
      committed.current = true;
      setQuery(queryFromUrl());
    };
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);

  const urlFor = (q: string) => {
    const url = new URL(location.href);
    if (q.trim()) url.searchParams.set("q", q.trim());
    else url.searchParams.delete("q");
    return url;
  };

  return (
    <div class="search-page" onKeyDown={(e) => arrowNavigation(e, list.current, input.current)}>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          history.replaceState(null, "", urlFor(query));
          committed.current = true;
        }}
      >
        <label for="cari-kata">Kata kunci</label>
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
              if (committed.current) history.pushState(null, "", urlFor(q));
              else history.replaceState(null, "", urlFor(q));
              committed.current = false;
            }}
          />
          <button type="submit">Cari</button>
        </div>
      </form>
      <p id="cari-status" class="search-status" role="status">
        {statusText(state)}
      </p>
      <div ref={list}>
        {state.status === "ready" && state.count > 0 && (
          <Results groups={state.groups} idPrefix="cari" headingLevel={2} />
        )}
      </div>
      {state.status === "ready" && state.count === 0 && (
        <div class="search-empty">
          <p>Coba kata lain yang lebih umum, periksa ejaannya, atau telusuri isi situs:</p>
          <ul>
            {browse.map((b) => (
              <li key={b.href}>
                <a href={b.href}>{b.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
