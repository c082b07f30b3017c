// Turns index units into the shipped inverted index: per unit, a BM25F weight for every stem and synonym group
// it holds; per stem, its posting list; per unit, a few prose sentences to take the snippet from.
import { contentTokens } from "../normalize";
import type { IndexPayload, PageEntry, TextPayload, UnitEntry } from "../payload";
import { encodePostings, WEIGHT_MAX } from "../postings";
import type { FieldName, IndexUnit } from "../records";
import { termsAt, termLookup, type SynonymGroups } from "../synonyms";
import { clip } from "../text";
import { pageUrl } from "../types";
import { slugify } from "../../content/text";

type Stem = (word: string) => string;

/**
 * BM25F field weights and length normalisation. A word in a title counts ten times a word in running text, so a
 * case whose title names the subject outranks a guide section that mentions it once; keys (tags, the spelled-out
 * abbreviation of a term, sector labels) are nearly as strong; a section's guide title counts a little for every
 * section, so "evaluasi berkala" still finds the sections of that guide.
 */
const FIELD_WEIGHT: Record<FieldName, number> = { title: 10, keys: 6, heading: 4, parent: 2, body: 1 };
const FIELD_B: Record<FieldName, number> = { title: 0, keys: 0.3, heading: 0.3, parent: 0, body: 0.6 };
/** Saturation: high enough that a word repeated in running text does not catch up with the same word in a title. */
const K1 = WEIGHT_MAX - 1;

/** Snippet candidates per unit: the lead sentence plus the sentences that name the unit's key terms. */
const SNIPPET_BUDGET = 120;
const SNIPPET_SENTENCES = 2;
const SENTENCE_MAX = 160;

/** Index keys: a stem, or "=<n>" for synonym group n. */
const groupKey = (n: number) => `=${n}`;

/**
 * Words worth a place in the vocabulary. Numbers count only in titles, headings and keys ("Satria-1", "SMK 3"):
 * in running text they are amounts and dates ("Rp1,28 triliun" gives "1" and "28") that no reader searches for
 * and that cost a tenth of the vocabulary.
 */
const indexable = (w: string, field: FieldName) =>
  w.length <= 30 && (/\p{L}/u.test(w) || (field !== "body" && w.length <= 4));

export interface AnalysedUnit {
  unit: IndexUnit;
  /** Index key → BM25F weight (saturated term frequency) in this unit. */
  weights: Map<string, number>;
  /** Stem → surface forms seen in this unit. */
  forms: Map<string, Set<string>>;
  /** The snippet candidates shipped for this unit. */
  sentences: string[];
}

interface Counted {
  tf: Map<string, Map<FieldName, number>>;
  length: Map<FieldName, number>;
  forms: Map<string, Set<string>>;
}

function count(unit: IndexUnit, stem: Stem, lookup: ReturnType<typeof termLookup>): Counted {
  const tf = new Map<string, Map<FieldName, number>>();
  const length = new Map<FieldName, number>();
  const forms = new Map<string, Set<string>>();
  const add = (key: string, field: FieldName) => {
    const byField = tf.get(key) ?? new Map<FieldName, number>();
    byField.set(field, (byField.get(field) ?? 0) + 1);
    tf.set(key, byField);
  };
  for (const [field, texts] of Object.entries(unit.fields) as [FieldName, readonly string[]][]) {
    for (const text of texts) {
      const tokens = contentTokens(text).filter((t) => indexable(t.word, field));
      const words = tokens.map((t) => t.word);
      const stems = words.map(stem);
      const joined = tokens.map((t) => t.joined);
      length.set(field, (length.get(field) ?? 0) + tokens.length);
      // Group → first word after its last counted occurrence: "pengelolaan sampah" counts once, not twice.
      const coveredUntil = new Map<number, number>();
      words.forEach((w, i) => {
        const s = stems[i] as string;
        add(s, field);
        if (w !== s) (forms.get(s) ?? forms.set(s, new Set()).get(s))?.add(w);
        // Every occurrence of a group term, overlapping ones included: text with "kerja sama pemerintah dan
        // badan usaha" is found by "KPBU" and by "kerja sama".
        for (const t of termsAt(lookup, words, stems, joined, i)) {
          if (i < (coveredUntil.get(t.group) ?? 0)) continue;
          coveredUntil.set(t.group, i + t.words.length);
          add(groupKey(t.group), field);
        }
      });
    }
  }
  return { tf, length, forms };
}

/** Picks the lead sentence and the sentences that best cover the unit's most distinctive terms. */
function chooseSentences(unit: IndexUnit, stem: Stem, importance: Map<string, number>): string[] {
  // A sentence that only announces a list ("… menunjukkan harganya:") says little on its own.
  const complete = unit.sentences.filter((s) => !s.endsWith(":"));
  const all = (complete.length ? complete : unit.sentences).map((s) => clip(s, SENTENCE_MAX));
  if (all.length === 0) return [];
  const stemsOf = all.map((s) => new Set(contentTokens(s).map((t) => stem(t.word))));
  // A page's first sentence is its own summary (description, case summary, definition): always shown first.
  // A section's first sentence is often a transition ("Beberapa baris tampak sepele …"), so it must earn its place.
  const chosen = new Set<number>(unit.anchor ? [] : [0]);
  const covered = new Set(unit.anchor ? [] : stemsOf[0]);
  let used = unit.anchor ? 0 : (all[0] as string).length;
  while (chosen.size < SNIPPET_SENTENCES) {
    let best = -1;
    let bestGain = 0;
    stemsOf.forEach((set, i) => {
      if (chosen.has(i) || used + (all[i] as string).length > SNIPPET_BUDGET + 50) return;
      let gain = 0;
      for (const s of set) if (!covered.has(s)) gain += importance.get(s) ?? 0;
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    if (best < 0 || used >= SNIPPET_BUDGET) break;
    chosen.add(best);
    for (const s of stemsOf[best] as Set<string>) covered.add(s);
    used += (all[best] as string).length;
  }
  return [...chosen].sort((a, b) => a - b).map((i) => all[i] as string);
}

/** Weighs every unit against the whole corpus (all shards), so scores from different shards compare. */
export function analyseUnits(units: readonly IndexUnit[], synonyms: SynonymGroups, stem: Stem): AnalysedUnit[] {
  const lookup = termLookup(synonyms, stem);
  const counted = units.map((u) => count(u, stem, lookup));
  // Lengths are compared with peers (cases with cases, guide sections with guide sections): a case is one long
  // page and would otherwise always lose to a short section that repeats a word.
  const peer = (u: IndexUnit) => `${u.page.type}${u.anchor ? "#" : ""}`;
  const avg = new Map<string, number>();
  const sums = new Map<string, [total: number, count: number]>();
  counted.forEach((c, i) => {
    for (const [field, n] of c.length) {
      const key = `${peer(units[i] as IndexUnit)} ${field}`;
      const [total, count] = sums.get(key) ?? [0, 0];
      sums.set(key, [total + n, count + 1]);
    }
  });
  for (const [key, [total, count]] of sums) avg.set(key, total / count);
  const df = new Map<string, number>();
  for (const c of counted) for (const key of c.tf.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const idf = (key: string) => Math.log(1 + (units.length - (df.get(key) ?? 0) + 0.5) / ((df.get(key) ?? 0) + 0.5));
  return units.map((unit, i) => {
    const { tf, length, forms } = counted[i] as Counted;
    const weights = new Map<string, number>();
    for (const [key, byField] of tf) {
      let w = 0;
      for (const [field, n] of byField) {
        const mean = avg.get(`${peer(unit)} ${field}`) ?? 1;
        const norm = 1 - FIELD_B[field] + FIELD_B[field] * ((length.get(field) ?? 0) / mean);
        w += (FIELD_WEIGHT[field] * n) / norm;
      }
      weights.set(key, (w * (K1 + 1)) / (w + K1));
    }
    const importance = new Map([...weights].filter(([k]) => !k.startsWith("=")).map(([k, w]) => [k, w * idf(k)]));
    return { unit, weights, forms, sentences: chooseSentences(unit, stem, importance) };
  });
}

/** FNV-1a of a string, as 8 hex digits: enough to tell one build of a file from another. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

export interface ShardFiles {
  index: IndexPayload;
  text: TextPayload;
}

/**
 * The files of one shard: the index (pages, units, vocabulary with spellings, postings, synonym groups) and the
 * snippet sentences of its units, which are served apart (see TextPayload).
 */
export function buildFiles(analysed: readonly AnalysedUnit[], synonyms: SynonymGroups): ShardFiles {
  const index = buildPayload(analysed, synonyms);
  const text: TextPayload = { version: 2, stamp: index.stamp, sentences: analysed.map((a) => a.sentences) };
  index.stamp = fingerprint(JSON.stringify(index) + JSON.stringify(text.sentences));
  text.stamp = index.stamp;
  return { index, text };
}

/** The index file of one shard (see buildFiles). */
export function buildPayload(analysed: readonly AnalysedUnit[], synonyms: SynonymGroups): IndexPayload {
  const pageIndex = new Map<string, number>();
  const docs: PageEntry[] = [];
  const units: UnitEntry[] = [];
  const postings = new Map<string, [number, number][]>();
  const forms = new Map<string, Set<string>>();
  analysed.forEach((a, u) => {
    const { page } = a.unit;
    let p = pageIndex.get(page.id);
    if (p === undefined) {
      p = docs.length;
      pageIndex.set(page.id, p);
      if (pageUrl(page.id) !== page.url) throw new Error(`${page.id}: URL ${page.url} does not follow the route table`);
      docs.push(page.alias ? [page.id, page.title, page.alias] : [page.id, page.title]);
    }
    units.push([p, a.unit.anchor === slugify(a.unit.heading) ? "" : a.unit.anchor, a.unit.heading]);
    for (const [key, w] of a.weights) {
      const list = postings.get(key) ?? [];
      list.push([u, w]);
      postings.set(key, list);
    }
    for (const [s, set] of a.forms) for (const f of set) (forms.get(s) ?? forms.set(s, new Set()).get(s))?.add(f);
  });
  const vocab = [...postings.keys()].filter((k) => !k.startsWith("=")).sort();
  const groups = [...postings.keys()]
    .filter((k) => k.startsWith("="))
    .map((k) => Number(k.slice(1)))
    .sort((a, b) => a - b)
    .map((n): [number, string, string] => [
      n,
      (synonyms[n] ?? []).join("|"),
      encodePostings(postings.get(groupKey(n)) ?? []),
    ]);
  return {
    version: 2,
    stamp: "",
    docs,
    units,
    vocab: vocab
      .map((s) =>
        [s, ...[...(forms.get(s) ?? [])].sort().map((f) => (f.includes(s) ? f.replace(s, "~") : f))].join(","),
      )
      .join(" "),
    postings: vocab.map((s) => encodePostings(postings.get(s) ?? [])),
    groups,
  };
}
