import { useEffect, useState } from "preact/hooks";
import type { HitGroup, SearchEngine } from "../../lib/search/engine";
import { groupHits } from "../../lib/search/groups";
import { loadSiteEngine } from "./load";

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error" }
  | { status: "ready"; query: string; count: number; groups: HitGroup[] };

/** Loads the index when `active` first becomes true, then searches `query` on every change. */
export function useSearch(query: string, active: boolean, limit: number): SearchState {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!active || engine) return;
    let live = true;
    setFailed(false);
    loadSiteEngine().then(
      (e) => live && setEngine(e),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [active, engine]);
  if (failed) return { status: "error" };
  if (!engine) return active ? { status: "loading" } : { status: "idle" };
  const q = query.trim();
  if (!q) return { status: "idle" };
  const { hits } = engine.search(q, limit);
  return { status: "ready", query: q, count: hits.length, groups: groupHits(hits) };
}

/** The status sentence announced to screen readers. */
export function statusText(state: SearchState): string {
  switch (state.status) {
    case "loading":
      return "Memuat indeks pencarian…";
    case "error":
      return "Indeks pencarian tidak dapat dimuat. Periksa koneksi lalu coba lagi.";
    case "ready":
      return state.count === 0
        ? `Tidak ada hasil untuk “${state.query}”.`
        : `${state.count} hasil untuk “${state.query}”.`;
    default:
      return "";
  }
}
