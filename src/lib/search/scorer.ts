// BM25-style scoring of units: a unit's score is the sum over the query's concepts of the best-matching token's
// idf × stored weight × how the token matched (exactly, as a prefix, or with a typo). A concept a unit lacks adds
// nothing, so a unit that matches more concepts scores higher, and the ranking (rank.ts) puts every unit that
// matches all concepts before those that match only some.
import type { Postings } from "./postings";

/** How much a token counts by the way it matched the reader's word. */
export const MATCH_WEIGHT = { exact: 1, prefix: 0.7, typo: 0.6 } as const;
export type MatchKind = keyof typeof MATCH_WEIGHT;

export interface Token {
  /** The index key: a stem, or "=<n>" for a synonym group. */
  key: string;
  postings: Postings;
  kind: MatchKind;
}

/** Inverse document frequency (BM25's, always positive). */
export function idf(df: number, units: number): number {
  return Math.log(1 + (units - df + 0.5) / (df + 0.5));
}

/** What a concept is worth in a query: its best token's idf × match weight; an unknown word is worth the most. */
export function conceptWeight(tokens: readonly Token[], units: number): number {
  if (tokens.length === 0) return idf(0, units);
  return Math.max(...tokens.map((t) => idf(t.postings.units.length, units) * MATCH_WEIGHT[t.kind]));
}

export interface UnitScores {
  /** Units with a score, in first-touched order. */
  touched: number[];
  score: Float64Array;
  /** Bit c set when concept c matched the unit. */
  mask: Uint32Array;
}

/**
 * Scores units for concepts (each a list of tokens). Buffers are reused between calls: the result is valid until
 * the next call on the same scorer.
 */
export function createScorer(unitCount: number) {
  const score = new Float64Array(unitCount);
  const mask = new Uint32Array(unitCount);
  const best = new Float64Array(unitCount);
  let touched: number[] = [];
  return (concepts: readonly (readonly Token[])[]): UnitScores => {
    for (const u of touched) {
      score[u] = 0;
      mask[u] = 0;
    }
    touched = [];
    concepts.forEach((tokens, c) => {
      const bit = 1 << c;
      const hit: number[] = [];
      for (const t of tokens) {
        const w = idf(t.postings.units.length, unitCount) * MATCH_WEIGHT[t.kind];
        const { units, weights } = t.postings;
        for (let i = 0; i < units.length; i++) {
          const u = units[i] as number;
          const s = w * (weights[i] as number);
          const m = mask[u] as number;
          if (!(m & bit)) {
            if (m === 0) touched.push(u);
            mask[u] = m | bit;
            best[u] = s;
            hit.push(u);
          } else if (s > (best[u] as number)) best[u] = s;
        }
      }
      for (const u of hit) score[u] = (score[u] as number) + (best[u] as number);
    });
    return { touched, score, mask };
  };
}

export type Scorer = ReturnType<typeof createScorer>;

/** The number of set bits: how many concepts a unit matched. */
export function popcount(n: number): number {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
}
