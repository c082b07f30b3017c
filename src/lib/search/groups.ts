// Kept apart from engine.ts so the UI can group hits without importing fuse.
import type { HitGroup, SearchHit } from "./engine";
import { recordTypeLabels, recordTypes, type RecordType } from "./types";
import type { SearchDoc } from "./types";

/** Hits grouped by type; groups ordered by their best hit, hits keep their rank. */
export function groupHits<T extends SearchDoc>(hits: readonly SearchHit<T>[]): HitGroup<T>[] {
  const groups = new Map<RecordType, SearchHit<T>[]>();
  for (const h of hits) {
    const list = groups.get(h.doc.type) ?? [];
    list.push(h);
    groups.set(h.doc.type, list);
  }
  const rank = (type: RecordType) => recordTypes.indexOf(type);
  return [...groups]
    .map(([type, list]) => ({
      type,
      label: recordTypeLabels[type],
      hits: list,
      first: hits.indexOf(list[0] as SearchHit<T>),
    }))
    .sort((a, b) => a.first - b.first || rank(a.type) - rank(b.type))
    .map(({ type, label, hits: list }) => ({ type, label, hits: list }));
}
