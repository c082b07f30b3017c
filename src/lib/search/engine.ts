// The search engine shared by the header dialog, /cari/ and the case explorer: stem the query, expand
// synonyms, run fuse once per alternative of each concept and combine the scores per record.
import Fuse, { type FuseIndex } from "fuse.js";
import { fuseOptions } from "./options";
import { analyseQuery, exactPattern, fuzzyPattern, highlightTerms, type QueryConcept } from "./query";
import { createQueryStemmer, type Stem } from "./query-stemmer";
import { highlight, type Segment } from "./highlight";
import { payloadDocs, type IndexPayload } from "./payload";
import type { RecordType, SearchDoc } from "./types";

export interface SearchHit<T extends SearchDoc = SearchDoc> {
  doc: T;
  /** Lower is better: sum over the query's concepts of the record's best fuse score. */
  score: number;
  /** How many of the query's concepts the record matched (all of them, since matching is AND). */
  matched: number;
  /** The summary split into marked and unmarked pieces. */
  snippet: Segment[];
}

export interface SearchOutcome<T extends SearchDoc = SearchDoc> {
  concepts: QueryConcept[];
  hits: SearchHit<T>[];
}

export interface HitGroup<T extends SearchDoc = SearchDoc> {
  type: RecordType;
  label: string;
  hits: SearchHit<T>[];
}

export interface SearchEngine<T extends SearchDoc = SearchDoc> {
  search(query: string, limit?: number): SearchOutcome<T>;
  stem: Stem;
  docs: readonly T[];
}

export interface EnginePart<T extends SearchDoc> {
  docs: readonly T[];
  /** A prebuilt index (parsed), or none to index `docs` in memory (they must then hold every key). */
  index?: FuseIndex<T> | undefined;
}

export interface EngineSource<T extends SearchDoc> {
  parts: readonly EnginePart<T>[];
  roots: Iterable<string>;
  synonyms: readonly (readonly string[])[];
}

/** An engine over any records shaped like SearchDoc (the case explorer can pass its own, unindexed). */
export function createEngine<T extends SearchDoc>(source: EngineSource<T>): SearchEngine<T> {
  const docs: T[] = source.parts.flatMap((p) => p.docs);
  let offset = 0;
  const fuses = source.parts.map((p) => {
    const f = { fuse: new Fuse<T>(p.docs, fuseOptions as object, p.index), offset };
    offset += p.docs.length;
    return f;
  });
  const stem = createQueryStemmer(source.roots);
  /** Best fuse score per record for one extended-search pattern, over every part. */
  const scores = (pattern: string): Map<number, number> => {
    const best = new Map<number, number>();
    if (!pattern) return best;
    for (const { fuse, offset: base } of fuses) {
      for (const r of fuse.search(pattern)) best.set(base + r.refIndex, r.score ?? 1);
    }
    return best;
  };
  return {
    stem,
    docs,
    search(query, limit = 50) {
      const concepts = analyseQuery(query, stem, source.synonyms);
      if (concepts.length === 0) return { concepts, hits: [] };
      // Exact first; fuzzy (typos) only for a concept the exact pass cannot find, which keeps keystrokes cheap.
      const perConcept = concepts.map((c) => {
        const exact = scores(exactPattern(c));
        return exact.size > 0 ? exact : scores(fuzzyPattern(c));
      });
      const best = new Map<number, number[]>();
      perConcept.forEach((scoresByRecord, ci) => {
        for (const [i, s] of scoresByRecord) {
          let scores = best.get(i);
          if (!scores) best.set(i, (scores = new Array<number>(concepts.length).fill(1)));
          scores[ci] = s;
        }
      });
      // Every concept must match (AND), so adding a word narrows the results and a query about something the
      // site does not cover ends in "Tidak ada hasil" instead of a list of weak partial matches.
      const ranked = [...best]
        .map(([i, scores]) => ({
          i,
          score: scores.reduce((a, b) => a + b, 0),
          matched: scores.filter((s) => s < 1).length,
        }))
        .filter((h) => h.matched === concepts.length);
      ranked.sort((a, b) => a.score - b.score || a.i - b.i);
      const terms = highlightTerms(concepts);
      return {
        concepts,
        hits: ranked.slice(0, limit).map((h) => {
          const doc = docs[h.i] as T;
          return { doc, score: h.score, matched: h.matched, snippet: highlight(doc.summary, terms, stem) };
        }),
      };
    },
  };
}

/** The engine over the site index shards served at /search-index/<shard>.json (already validated). */
export function createSiteEngine(payloads: readonly IndexPayload[]): SearchEngine {
  return createEngine<SearchDoc>({
    parts: payloads.map((p) => ({
      docs: payloadDocs(p),
      index: Fuse.parseIndex<SearchDoc>(p.index as Parameters<typeof Fuse.parseIndex>[0]),
    })),
    roots: payloads.flatMap((p) => p.roots),
    synonyms: payloads[0]?.synonyms ?? [],
  });
}
