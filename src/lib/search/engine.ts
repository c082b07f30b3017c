// The search engine shared by the header dialog, /cari/ and the case explorer. Per keystroke: analyse the query
// (question words out, synonym phrases found), look each word up in the vocabulary (exactly; as a prefix when no
// word equals it; through fuse.js within a typo allowance only when neither finds anything, fuzzy.ts), score units
// over their posting lists (scorer.ts) and fold them into one ranked row per page (rank.ts). Snippets are made only
// for rows on screen.
import type { FuzzyFactory, FuzzyWords } from "./fuzzy";
import { lengthAllowance, SUGGESTION_THRESHOLD, TYPO_THRESHOLD } from "./fuzzy-limits";
import type { Marker, Segment } from "./highlight";
import { slugify } from "../content/text";
import { contentWords, words } from "./normalize";
import type { IndexPayload, TextPayload } from "./payload";
import { decodePostings, emptyPostings, type Postings } from "./postings";
import { analyseQuery, type QueryConcept } from "./query";
import { createQueryStemmer, type Stem } from "./query-stemmer";
import { rankPages } from "./rank";
import { conceptWeight, createScorer, type MatchKind, type Token } from "./scorer";
import { snippetOf } from "./snippet";
import { SHORT_TERM, termLookup, type TermLookup } from "./synonyms";
import { pageUrl, recordTypes, typeOfId, type RecordType, type SearchDoc, type SearchUnit } from "./types";

/** Rows a search returns unless told otherwise; more are counted but not listed ("100+ hasil"). */
export const DEFAULT_LIMIT = 100;
/** Words a prefix may stand for (the most common first): "kem" should not fan out into the whole vocabulary. */
const PREFIX_FANOUT = 40;
/** How much a fully covered title adds to a row's score (as a factor: 1 + TITLE_COVER × share covered). */
const TITLE_COVER = 0.5;

export interface SearchHit {
  doc: SearchDoc;
  /** The part of the page the row links to (the page itself, or its best section). */
  unit: SearchUnit;
  /** Up to two more sections of the page that match as well. */
  more: SearchUnit[];
  score: number;
  /** Concepts of the query the linked unit matches. */
  matched: number;
  /** Whether it matches all of them. */
  full: boolean;
}

export interface SearchOptions {
  /** Rows to return (default DEFAULT_LIMIT); `total` still counts them all. */
  limit?: number;
  /** Only pages of this type; `byType` still counts every type. */
  type?: RecordType | undefined;
}

export interface SearchOutcome {
  concepts: QueryConcept[];
  hits: SearchHit[];
  /** Matching pages (of the chosen type), listed or not. */
  total: number;
  /** Matching pages per type, whatever type was chosen. */
  byType: Record<RecordType, number>;
  /** The snippet of a hit, marked for this query (made on demand: only rows on screen need one). */
  snippet(hit: SearchHit): Segment[];
  /**
   * Set while the fuzzy matcher is loading and this outcome needs it: a word long enough for a typo allowance
   * matched no spelling exactly or as a prefix (its typo matches are missing), or nothing matched at all (suggest()
   * would lack its suggestions). Search again when the promise settles; it never rejects.
   */
  pending?: Promise<void>;
}

/**
 * Gives the fuzzy matcher's factory (fuzzy.ts, which brings fuse.js) at once, or as a promise when the caller loads
 * the module on demand. Called once, on the first query word that needs it; if the promise rejects, search goes on
 * without typo tolerance.
 */
export type FuzzyLoader = () => FuzzyFactory | Promise<FuzzyFactory>;

export interface SearchEngine {
  search(query: string, options?: SearchOptions | number): SearchOutcome;
  /**
   * Gives the units of index file `file` (its position in createEngine's list) their snippet sentences; false when
   * the text does not belong to that file. Searches made afterwards have snippets.
   */
  addText(file: number, text: TextPayload): boolean;
  /** Other queries made of the index's own words, for a query that finds nothing ("Mungkin maksud Anda …"). */
  suggest(query: string): string[];
  stem: Stem;
  docs: readonly SearchDoc[];
}

interface VocabEntry {
  /** Encoded postings with their shard's unit offset. */
  parts: [text: string, offset: number][];
  decoded?: Postings;
}

const emptyCounts = () => Object.fromEntries(recordTypes.map((t) => [t, 0])) as Record<RecordType, number>;

function decodeAll(entry: VocabEntry, limit: number): Postings {
  if (!entry.decoded) {
    const lists = entry.parts.map(([text, offset]) => decodePostings(text, offset, limit));
    entry.decoded =
      lists.length === 1
        ? (lists[0] as Postings)
        : {
            units: Int32Array.from(lists.flatMap((l) => [...l.units])),
            weights: Float32Array.from(lists.flatMap((l) => [...l.weights])),
          };
  }
  return entry.decoded;
}

/** An engine over one or more shards (already validated with parsePayload). */
export function createEngine(payloads: readonly IndexPayload[], loadFuzzy: FuzzyLoader): SearchEngine {
  const docs: SearchDoc[] = [];
  const units: SearchUnit[] = [];
  const unitPage: number[] = [];
  const vocab = new Map<string, VocabEntry>();
  const groupEntries = new Map<number, VocabEntry>();
  const groupTerms: string[][] = [];
  const forms = new Map<string, string>();
  const unitOffsets: number[] = [];
  for (const p of payloads) {
    const pageBase = docs.length;
    unitOffsets.push(units.length);
    for (const [id, title, alias] of p.docs) {
      const type = typeOfId(id) as RecordType;
      docs.push({ id, type, url: pageUrl(id) as string, title, ...(alias ? { alias } : {}) });
    }
    for (const [page, shipped, heading] of p.units) {
      const doc = docs[pageBase + page] as SearchDoc;
      const anchor = shipped || (heading ? slugify(heading) : "");
      unitPage.push(pageBase + page);
      units.push({
        id: anchor ? `${doc.id}#${anchor}` : doc.id,
        page: pageBase + page,
        url: anchor ? `${doc.url}#${anchor}` : doc.url,
        heading,
        sentences: [],
      });
    }
  }
  payloads.forEach((p, s) => {
    const offset = unitOffsets[s] as number;
    // Plain loops: this runs once per page on a phone, with the code still cold.
    const items = p.vocab ? p.vocab.split(" ") : [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as string;
      const comma = item.indexOf(",");
      const stem = comma < 0 ? item : item.slice(0, comma);
      let entry = vocab.get(stem);
      if (!entry) vocab.set(stem, (entry = { parts: [] }));
      entry.parts.push([p.postings[i] as string, offset]);
      if (comma >= 0) for (const f of item.slice(comma + 1).split(",")) if (f) forms.set(f.replace("~", stem), stem);
    }
    for (const [group, terms, postings] of p.groups) {
      const entry = groupEntries.get(group) ?? { parts: [] };
      entry.parts.push([postings, offset]);
      groupEntries.set(group, entry);
      groupTerms[group] ??= terms.split("|");
    }
  });
  const unitCount = units.length;
  // `forms` also gains stem → stem below, which the stemmer's lookup answers the same way.
  const stem = createQueryStemmer(vocab.keys(), forms);
  const lookup: TermLookup = termLookup(
    Array.from({ length: groupTerms.length }, (_, g) => groupTerms[g] ?? []),
    stem,
  );
  // Every spelling the index knows (surface forms and the stems themselves), sorted for prefix search and handed
  // to the fuzzy matcher; made on the first query that needs them.
  const spellingToStem = forms;
  for (const s of vocab.keys()) spellingToStem.set(s, s);
  let sorted: string[] | undefined;
  const spellings = () => (sorted ??= [...spellingToStem.keys()].sort());

  // The fuzzy matcher, built on the first word that needs it. `asked` tells search() that this query wanted it.
  let fuzzy: FuzzyWords | undefined;
  let fuzzyLoading: Promise<void> | undefined;
  // A failed load is not retried on this page: every search would otherwise wait for it again.
  let fuzzyFailed = false;
  let asked = false;
  const fuzzyWords = (): FuzzyWords | undefined => {
    asked = true;
    if (!fuzzy && !fuzzyLoading) {
      const factory = loadFuzzy();
      if (typeof factory === "function") fuzzy = factory(spellings());
      else fuzzyLoading = factory.then((f) => void (fuzzy = f(spellings()))).catch(() => void (fuzzyFailed = true));
    }
    return fuzzy;
  };
  /** The load of the fuzzy matcher while it is under way. */
  const fuzzyPending = () => (fuzzy || fuzzyFailed ? undefined : fuzzyLoading);
  /** Whether suggest() would look for spellings close to `word`: the index lacks it and it is long enough. */
  const needsSpellings = (word: string) =>
    !spellingToStem.has(word) && !vocab.has(stem(word)) && lengthAllowance(word.length, SUGGESTION_THRESHOLD) > 0;
  const scorer = createScorer(unitCount);

  const postingsOf = (stem: string) => {
    const entry = vocab.get(stem);
    return entry ? decodeAll(entry, unitCount) : emptyPostings;
  };
  const tokensFor = (keys: Iterable<string>, kind: MatchKind): Token[] =>
    [...new Set(keys)].filter((k) => vocab.has(k)).map((key) => ({ key, postings: postingsOf(key), kind }));

  const groupToken = (group: number, kind: MatchKind): Token[] => {
    const entry = groupEntries.get(group);
    return entry ? [{ key: `=${group}`, postings: decodeAll(entry, unitCount), kind }] : [];
  };
  /** The synonym group a single spelling belongs to, if any ("kemitraan" → the group of "partnership"). */
  const groupOfSpelling = (w: string): number | undefined =>
    lookup.byWord.get(w)?.find((t) => t.words.length === 1)?.group ??
    (w.length > SHORT_TERM ? lookup.byStem.get(stem(w))?.[0]?.group : undefined);
  /** Tokens for spellings found by prefix or typo: their stems, and their synonym groups. */
  const expand = (found: readonly string[], kind: MatchKind): Token[] => {
    const groups = new Set(found.map(groupOfSpelling).filter((g): g is number => g !== undefined));
    return [
      ...tokensFor(
        found.map((w) => spellingToStem.get(w) as string),
        kind,
      ),
      ...[...groups].flatMap((g) => groupToken(g, kind)),
    ];
  };

  /** Spellings that start with `prefix`, limited to the PREFIX_FANOUT most common stems. */
  const prefixSpellings = (prefix: string): string[] => {
    const list = spellings();
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < list.length && (list[i] as string).startsWith(prefix); i++) found.push(list[i] as string);
    // The length of a stem's encoded postings stands for how common it is, so only the kept ones are decoded.
    const size = (s: string) => vocab.get(s)?.parts.reduce((n, [text]) => n + text.length, 0) ?? 0;
    const kept = new Set(
      [...new Set(found.map((w) => spellingToStem.get(w) as string))]
        .sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))
        .slice(0, PREFIX_FANOUT),
    );
    return found.filter((w) => kept.has(spellingToStem.get(w) as string));
  };

  const wordTokens = new Map<string, Token[]>();
  /**
   * Tokens for a word: exact; else as a prefix; else through the fuzzy matcher. Cached per word, except while the
   * matcher is still loading.
   */
  const tokensOfWord = (c: Extract<QueryConcept, { kind: "word" }>): Token[] => {
    const cacheKey = `${c.typed}|${c.stem}`;
    let tokens = wordTokens.get(cacheKey);
    if (tokens) return tokens;
    const exact = [c.stem, spellingToStem.get(c.typed) ?? ""].filter((k) => vocab.has(k));
    if (exact.length) tokens = tokensFor(exact, "exact");
    else {
      tokens = c.typed.length >= 3 ? expand(prefixSpellings(c.typed), "prefix") : [];
      // Shorter words get no typo allowance: asking fuse (and loading it) could not find anything.
      if (tokens.length === 0 && lengthAllowance(c.typed.length, TYPO_THRESHOLD) > 0 && /\p{L}/u.test(c.typed)) {
        const matcher = fuzzyWords();
        if (!matcher) return tokens;
        tokens = expand(matcher.typos(c.typed), "typo");
      }
    }
    wordTokens.set(cacheKey, tokens);
    return tokens;
  };
  const tokensOf = (c: QueryConcept): Token[] => {
    return c.kind === "word" ? tokensOfWord(c) : groupToken(c.group, "exact");
  };

  // Pages that come first whatever their score: the glossary entry of a query that is a term, its abbreviation
  // or a synonym of one (pin 0 when typed as the entry's own name, 1 through its synonym group), then pages whose
  // title is the query itself, word for word up to affixes and typos (pin 2: "Palapa Ring", "Apa itu kemitraan?").
  const termPages = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.type !== "istilah") return;
    for (const name of [d.title, d.alias ?? ""]) {
      const key = contentWords(name).join(" ");
      if (key) termPages.set(key, [...(termPages.get(key) ?? []), i]);
    }
  });
  const titleStems: (string[] | undefined)[] = [];
  const stemsOfTitle = (page: number) => (titleStems[page] ??= contentWords((docs[page] as SearchDoc).title).map(stem));
  const pinFor = (concepts: readonly QueryConcept[], tokens: readonly (readonly Token[])[]) => {
    const named = new Map<number, number>();
    for (const p of termPages.get(concepts.map((c) => c.typed).join(" ")) ?? []) named.set(p, 0);
    const only = concepts.length === 1 ? concepts[0] : undefined;
    if (named.size === 0 && only?.kind === "group") {
      const term = (groupTerms[only.group] ?? []).find((t) => termPages.has(t));
      for (const p of term ? (termPages.get(term) ?? []) : []) named.set(p, 1);
    }
    // What each concept may be in a title: the reader's words up to affixes, or a typo-corrected stem (not the
    // other terms of a synonym group: "MoU" is not the title "Nota Kesepahaman").
    const readings = concepts.map((c, i) => [
      c.typed.split(" ").map(stem),
      ...(tokens[i] ?? []).filter((t) => t.kind === "typo" && !t.key.startsWith("=")).map((t) => [t.key]),
    ]);
    const isTitle = (title: readonly string[]) => {
      let j = 0;
      for (const options of readings) {
        const fit = options.find((o) => o.every((w, k) => title[j + k] === w));
        if (!fit) return false;
        j += fit.length;
      }
      return j === title.length;
    };
    return (page: number) => named.get(page) ?? (isTitle(stemsOfTitle(page)) ? 2 : undefined);
  };

  const markerFor = (concepts: readonly QueryConcept[], tokens: readonly (readonly Token[])[]): Marker => {
    const stems = new Map<string, number>();
    const groups = new Map<number, number>();
    let prefix: Marker["prefix"];
    concepts.forEach((c, i) => {
      if (c.kind === "group") groups.set(c.group, i);
      else {
        for (const t of tokens[i] ?? []) {
          if (t.key.startsWith("=")) groups.set(Number(t.key.slice(1)), i);
          else if (!stems.has(t.key)) stems.set(t.key, i);
        }
        if (c.open && c.typed.length >= 3 && tokens[i]?.some((t) => t.kind === "prefix"))
          prefix = { text: c.typed, concept: i };
      }
    });
    return { stem, lookup, stems, groups, prefix };
  };

  // A title the query covers well ("Apa itu kemitraan?" against "Apa itu program kemitraan …") is the best sign
  // among pages that all name the subject; every word counts here, question and stop words included.
  const titleWords: (string[] | undefined)[] = [];
  const headingWords: (string[] | undefined)[] = [];
  /** How well a title and the query cover each other (F1 of the shared words, by stem). */
  const coverage = (title: readonly string[], query: ReadonlySet<string>) => {
    const inTitle = new Set(title);
    const shared = [...query].filter((w) => inTitle.has(w)).length;
    return shared ? (2 * shared) / (query.size + inTitle.size) : 0;
  };
  const boostFor = (query: string) => {
    const all = words(query);
    const typed = new Set(all.map(stem));
    // One word covers a short title by itself ("Kesehatan Kemitraan"): that says nothing about the page.
    if (all.length < 2) return undefined;
    return (page: number, unit: number) => {
      const t = (titleWords[page] ??= words((docs[page] as SearchDoc).title).map(stem));
      const h = (headingWords[unit] ??= words((units[unit] as SearchUnit).heading).map(stem));
      return 1 + TITLE_COVER * Math.max(coverage(t, typed), coverage(h, typed));
    };
  };

  const search = (query: string, options: SearchOptions | number = {}): SearchOutcome => {
    const { limit = DEFAULT_LIMIT, type } = typeof options === "number" ? { limit: options } : options;
    const concepts = analyseQuery(query, stem, lookup);
    const byType = emptyCounts();
    if (concepts.length === 0) return { concepts, hits: [], total: 0, byType, snippet: () => [] };
    asked = false;
    const tokens = concepts.map(tokensOf);
    let pending = asked ? fuzzyPending() : undefined;
    const rows = rankPages({
      scores: scorer(tokens),
      unitPage,
      isSection: (u) => (units[u] as SearchUnit).heading !== "",
      conceptWeights: tokens.map((t) => conceptWeight(t, unitCount)),
      boost: boostFor(query),
      pin: pinFor(concepts, tokens),
    });
    for (const r of rows) byType[(docs[r.page] as SearchDoc).type]++;
    // Nothing found: the reader will be offered suggestions, and they need the fuzzy matcher too.
    if (rows.length === 0 && !pending && contentWords(query).some(needsSpellings)) {
      fuzzyWords();
      pending = fuzzyPending();
    }
    const chosen = type ? rows.filter((r) => (docs[r.page] as SearchDoc).type === type) : rows;
    const marker = markerFor(concepts, tokens);
    const snippets = new WeakMap<SearchHit, Segment[]>();
    return {
      concepts,
      total: chosen.length,
      byType,
      ...(pending ? { pending } : {}),
      hits: chosen.slice(0, limit).map((r) => ({
        doc: docs[r.page] as SearchDoc,
        unit: units[r.unit] as SearchUnit,
        more: r.more.map((u) => units[u] as SearchUnit),
        score: r.score,
        matched: r.matched,
        full: r.full,
      })),
      snippet(hit) {
        let s = snippets.get(hit);
        if (!s) snippets.set(hit, (s = snippetOf(hit.unit.sentences, marker)));
        return s;
      },
    };
  };

  const suggest = (query: string): string[] => {
    const words = contentWords(query);
    const out = new Set<string>();
    // Each unknown word replaced by the closest spellings the index has (a wider allowance than the typo pass).
    const options = words.map((w) => {
      if (!needsSpellings(w)) return [w];
      const near = fuzzyWords()?.suggestions(w) ?? [];
      return near.length ? near.slice(0, 3) : [""];
    });
    const variants: string[][] = [[]];
    for (const opts of options) {
      const next: string[][] = [];
      for (const v of variants) for (const o of opts) next.push(o ? [...v, o] : v);
      variants.splice(0, variants.length, ...next.slice(0, 9));
    }
    const typed = words.join(" ");
    for (const v of variants) {
      const q = v.join(" ");
      if (q && q !== typed && !out.has(q) && search(q, 1).total > 0) out.add(q);
      if (out.size >= 3) break;
    }
    return [...out];
  };

  const addText = (file: number, text: TextPayload): boolean => {
    const p = payloads[file];
    const base = unitOffsets[file];
    if (!p || base === undefined || text.stamp !== p.stamp || text.sentences.length !== p.units.length) return false;
    text.sentences.forEach((s, i) => ((units[base + i] as SearchUnit).sentences = s));
    return true;
  };

  return { search, suggest, addText, stem, docs };
}

/** The engine over the site index shards served at /search-index/<shard>.json (already validated). */
export const createSiteEngine = createEngine;
