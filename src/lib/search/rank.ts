// From scored units to one ranked list of pages: one row per page (a guide's sections collapse under it, the best
// one linked and up to two more as sub-links), rows that match every concept first, then — only when those are
// few — rows that match part of the query, then nothing that matches only a minor part of it.
import { popcount, type UnitScores } from "./scorer";

/** With fewer complete matches than this, partial matches are listed after them. */
export const FEW_COMPLETE = 5;
/** A partial match must cover at least this share of the query's weight (idf of the concepts it matches). */
export const PARTIAL_SHARE = 0.5;
/**
 * Other matching units of a page add this share of their score to the page, up to SPREAD_CAP of its best unit's:
 * only a tie-breaker. More would favour guides (many sections) over cases (one unit) for the same answer.
 */
const SPREAD = 0.01;
const SPREAD_CAP = 0.03;
/** Sub-links shown under a page. */
export const MORE_LINKS = 2;

export interface RankInput {
  scores: UnitScores;
  /** Page index of each unit. */
  unitPage: ArrayLike<number>;
  /** Whether a unit is a section (has a heading anchor) rather than the page itself. */
  isSection: (unit: number) => boolean;
  /** Weight of each concept (see scorer.ts conceptWeight). */
  conceptWeights: readonly number[];
  /** A factor ≥ 1 for a row by how much of its title (or linked heading) the query covers. */
  boost?: ((page: number, unit: number) => number) | undefined;
  /** Order of a page that must come first (a glossary entry when the query is its term), or undefined. */
  pin?: (page: number) => number | undefined;
}

export interface RankedPage {
  page: number;
  /** The unit the row links to. */
  unit: number;
  /** Up to MORE_LINKS other sections of the page, best first. */
  more: number[];
  score: number;
  /** Concepts matched by the linked unit. */
  matched: number;
  /** Whether the linked unit matches every concept. */
  full: boolean;
}

interface PageAcc {
  page: number;
  units: number[];
  best: number;
}

export function rankPages({ scores, unitPage, isSection, conceptWeights, boost, pin: pinOf }: RankInput): RankedPage[] {
  const { touched, score, mask } = scores;
  const n = conceptWeights.length;
  const all = (1 << n) - 1;
  const pages = new Map<number, PageAcc>();
  const better = (a: number, b: number) => {
    const ca = popcount(mask[a] as number);
    const cb = popcount(mask[b] as number);
    return ca !== cb ? ca > cb : (score[a] as number) > (score[b] as number);
  };
  for (const u of touched) {
    const p = unitPage[u] as number;
    const acc = pages.get(p);
    if (!acc) pages.set(p, { page: p, units: [u], best: u });
    else {
      acc.units.push(u);
      if (better(u, acc.best)) acc.best = u;
    }
  }
  const total = conceptWeights.reduce((a, b) => a + b, 0);
  const rows: RankedPage[] = [];
  const pins = new Map<number, number>();
  for (const acc of pages.values()) {
    const m = mask[acc.best] as number;
    const matched = popcount(m);
    const full = m === all;
    const others = acc.units.filter((u) => u !== acc.best);
    const spread = others.reduce((a, u) => a + (score[u] as number), 0) * SPREAD;
    const top = score[acc.best] as number;
    const more = others
      .filter((u) => isSection(u) && popcount(mask[u] as number) >= matched)
      .sort((a, b) => (score[b] as number) - (score[a] as number) || a - b)
      .slice(0, MORE_LINKS);
    const pinned = pinOf?.(acc.page);
    const factor = boost?.(acc.page, acc.best) ?? 1;
    rows.push({
      page: acc.page,
      unit: acc.best,
      more,
      score: (top + Math.min(spread, top * SPREAD_CAP)) * factor,
      matched,
      full,
    });
    if (pinned !== undefined) pins.set(acc.page, pinned);
  }
  const pin = (r: RankedPage) => pins.get(r.page) ?? 99;
  const order = (a: RankedPage, b: RankedPage) =>
    pin(a) - pin(b) || Number(b.full) - Number(a.full) || b.matched - a.matched || b.score - a.score || a.page - b.page;
  const complete = rows.filter((r) => r.full || pins.has(r.page));
  if (complete.length >= FEW_COMPLETE || n <= 1) return complete.sort(order);
  const share = (r: RankedPage) => {
    let w = 0;
    conceptWeights.forEach((cw, c) => {
      if ((mask[r.unit] as number) & (1 << c)) w += cw;
    });
    return total > 0 ? w / total : 0;
  };
  const partial = rows.filter((r) => !r.full && !pins.has(r.page) && share(r) >= PARTIAL_SHARE);
  return [...complete, ...partial].sort(order);
}
