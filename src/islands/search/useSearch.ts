import { useEffect, useMemo, useState } from "preact/hooks";
import { DEFAULT_LIMIT, type SearchOutcome } from "../../lib/search/engine";
import type { RecordType } from "../../lib/search/types";
import { formatInteger } from "../../lib/site/format";
import { t, typeLabel } from "../../i18n/search";
import { loadSiteEngine, type LoadedSearch } from "./load";

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  /** A query word the index lacks waits for the fuzzy matcher (fuse), fetched the first time one does. */
  | { status: "spelling" }
  | { status: "error" }
  | { status: "ready"; query: string; type: RecordType | undefined; outcome: SearchOutcome; suggestions: string[] };

/**
 * Loads the index when `active` first becomes true, then searches `query` (limited to `type`, if any). The header
 * dialog and /cari/ both use this, so they show the same ranking and the same count for a query.
 */
export function useSearch(query: string, active: boolean, type?: RecordType): SearchState {
  const [loaded, setLoaded] = useState<LoadedSearch | null>(null);
  const [failed, setFailed] = useState(false);
  // Bumped when the snippet sentences arrive, or the fuzzy matcher, so the same query is searched again.
  const [texts, setTexts] = useState(0);
  const [fuzzy, setFuzzy] = useState(0);
  useEffect(() => {
    if (!active || loaded) return;
    let live = true;
    setFailed(false);
    loadSiteEngine().then(
      (l) => live && setLoaded(l),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [active, loaded]);
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void loaded.text.then((ok) => live && ok && setTexts((n) => n + 1));
    return () => {
      live = false;
    };
  }, [loaded]);
  const engine = loaded?.engine;
  const q = query.trim();
  const result = useMemo(() => {
    if (!engine || !q) return undefined;
    const outcome = engine.search(q, { type });
    return { outcome, suggestions: allCount(outcome) === 0 && !outcome.pending ? engine.suggest(q) : [] };
  }, [engine, q, type, texts, fuzzy]);
  const pending = result?.outcome.pending;
  useEffect(() => {
    if (!pending) return;
    let live = true;
    void pending.then(() => live && setFuzzy((n) => n + 1));
    return () => {
      live = false;
    };
  }, [pending]);
  if (failed) return { status: "error" };
  if (!engine) return active ? { status: "loading" } : { status: "idle" };
  if (!result) return { status: "idle" };
  if (pending) return { status: "spelling" };
  return { status: "ready", query: q, type, ...result };
}

/** "42", or "100+" when the list stops at its limit. */
export function countText(count: number): string {
  return count > DEFAULT_LIMIT ? t("search.count.capped", { limit: DEFAULT_LIMIT }) : formatInteger(count);
}

/** Every matching page, whatever the type filter. */
export const allCount = (outcome: SearchOutcome): number => Object.values(outcome.byType).reduce((a, b) => a + b, 0);

/** The status sentence announced to screen readers. */
export function statusText(state: SearchState): string {
  switch (state.status) {
    case "loading":
      return t("search.status.loading");
    case "spelling":
      return t("search.status.spelling");
    case "error":
      return t("search.status.error");
    case "ready": {
      const all = allCount(state.outcome);
      if (all === 0) return t("search.status.none", { q: state.query });
      if (state.type)
        return t("search.status.countOfType", {
          shown: countText(state.outcome.total),
          count: countText(all),
          q: state.query,
          type: typeLabel(state.type),
        });
      return t("search.status.count", { count: countText(all), q: state.query });
    }
    default:
      return "";
  }
}

/** Whether the first rows match only part of the query (so the reader knows why they are there). */
export const isPartial = (outcome: SearchOutcome): boolean => outcome.hits.length > 0 && !outcome.hits[0]?.full;
