import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { RecordType } from "../../lib/search/types";
import * as routes from "../../lib/site/routes";
import { withBase } from "../../lib/site/paths";
import { t } from "../../i18n/search";
import { ResultList, Suggestions, TypeFilters, arrowNavigation } from "./Results";
import { allCount, countText, isPartial, statusText, useSearch } from "./useSearch";
import "./search.css";

/** Rows shown in the dialog; the rest are one link away on /cari/ (same ranking, same count). */
const DIALOG_ROWS = 8;

const TRIGGER = "[data-search-trigger]";
const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/**
 * The header search dialog. Hydrated by `client:search` on first use; from then on it owns the search link's
 * click and the "/" and Ctrl/Cmd+K shortcuts. A modal <dialog> keeps focus inside (the page behind is inert)
 * and closes on Escape; focus then returns to where it was.
 */
export default function SearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  // Counts openings: closing and reopening within one render batch leaves `open` true, yet focus must move again.
  const [openings, setOpenings] = useState(0);
  const [used, setUsed] = useState(false);
  const [query, setQuery] = useState("");
  const [type, setType] = useState<RecordType | undefined>(undefined);
  const state = useSearch(query, used, type);

  const show = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    d.showModal();
    setOpen(true);
    setOpenings((n) => n + 1);
    setUsed(true);
  };

  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open, openings]);

  useLayoutEffect(() => {
    const island = dialog.current?.closest("astro-island");
    const pending = () => {
      if (island?.hasAttribute("data-open")) {
        island.removeAttribute("data-open");
        show();
      }
    };
    pending();
    // The directive may still mark a click that lands while hydration finishes.
    const observer = island ? new MutationObserver(pending) : undefined;
    observer?.observe(island as Element, { attributes: true, attributeFilter: ["data-open"] });
    // Focusing the link already started loading: fetch the index too, so the first results come at once.
    if (document.activeElement?.closest?.(TRIGGER)) setUsed(true);
    const onClick = (e: MouseEvent) => {
      const t = e.target as Element | null;
      if (!t?.closest?.(TRIGGER) || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      show();
    };
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if ((k === "/" && !typing(e.target) && !e.ctrlKey && !e.metaKey) || (k === "k" && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        show();
      }
    };
    document.addEventListener("click", onClick, true);
    document.addEventListener("keydown", onKey);
    return () => {
      observer?.disconnect();
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("keydown", onKey);
    };
  }, []);

  const onClose = () => {
    // The close event is queued: a shortcut pressed right after Escape may already have reopened the dialog.
    if (dialog.current?.open) return;
    setOpen(false);
    const back = returnTo.current;
    if (back?.isConnected) back.focus();
  };

  const q = query.trim();
  const fullResults = withBase(`${routes.searchFor(q)}${type ? `&jenis=${type}` : ""}`);
  const ready = state.status === "ready" ? state : undefined;
  return (
    <dialog
      ref={dialog}
      class="search-dialog"
      aria-labelledby="cari-dialog-judul"
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && dialog.current?.close()}
      onKeyDown={(e) => {
        // Escape in a filled search box would only clear it: close the dialog in every case.
        if (e.key === "Escape") {
          e.preventDefault();
          dialog.current?.close();
        } else arrowNavigation(e, list.current, input.current);
      }}
    >
      {open && (
        <div class="search-panel">
          <div class="search-head">
            <h2 id="cari-dialog-judul">{t("search.dialog.title")}</h2>
            <button type="button" class="search-close" onClick={() => dialog.current?.close()}>
              {t("search.close")} <span class="search-key">{t("search.closeKey")}</span>
            </button>
          </div>
          {/* Enter in the box opens the full results page; arrow keys reach the results below. */}
          <form role="search" action={withBase(routes.search)} method="get">
            <label for="cari-dialog-kata">{t("search.label")}</label>
            <input
              ref={input}
              id="cari-dialog-kata"
              name="q"
              type="search"
              autocomplete="off"
              spellcheck={false}
              aria-describedby="cari-dialog-status"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            {type && <input type="hidden" name="jenis" value={type} />}
          </form>
          <p id="cari-dialog-status" class="search-status" role="status">
            {statusText(state)}
          </p>
          <div ref={list}>
            {ready && allCount(ready.outcome) > 0 && (
              <>
                <TypeFilters outcome={ready.outcome} type={type} onChange={setType} idPrefix="cari-dialog" />
                {isPartial(ready.outcome) && <p class="search-note">{t("search.status.partial")}</p>}
                <ResultList outcome={ready.outcome} shown={DIALOG_ROWS} />
                <p class="search-more">
                  <a href={fullResults}>{t("search.openPage", { count: countText(ready.outcome.total) })}</a>
                </p>
              </>
            )}
            {ready && allCount(ready.outcome) === 0 && (
              <div class="search-empty">
                <Suggestions items={ready.suggestions} onPick={(s) => setQuery(s)} />
                <p>
                  {t("search.empty.hintDialog")}{" "}
                  <a href={withBase(`${routes.search}#telusuri`)}>{t("search.empty.browse")}</a>
                </p>
              </div>
            )}
          </div>
          <p class="search-help">{t("search.help")}</p>
        </div>
      )}
    </dialog>
  );
}
