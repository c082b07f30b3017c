// A team's agreed score, reached after comparing its members' answers (the VicHealth practice of scoring alone, then
// meeting to "arrive at a score"): each statement's spread of answers, a starting point for the discussion, and the
// agreed result saved as an assessment of its own. Spreads are counts only, so they never tell who answered what.
import { LOCALE } from "../site/format";
import { isLocalDate, localDate } from "../site/dates";
import { message, type Checked, type Message } from "../util/message";
import { answerChoices } from "./answers";
import { randomId } from "./result";
import { isScaleAnswer } from "./scoring";
import { validateResult } from "./validate";
import {
  MAX_NOTE,
  RESULT_FORMAT,
  type AgreedScore,
  type Answer,
  type AssessmentContext,
  type BankData,
  type StoredResult,
} from "./types";

/** The answers a spread counts, in the order they are shown: the levels, then "Tidak tahu" and "Tidak berlaku". */
export const SPREAD_KEYS = ["1", "2", "3", "4", "5", "tt", "tb"] as const;
export type SpreadKey = (typeof SPREAD_KEYS)[number];

/** The most respondents an agreed score may name (the validator's bound). */
export const MAX_RESPONDENTS = 500;

export interface ItemSpread {
  id: string;
  /** Respondents per answer; an answer nobody gave is absent. */
  counts: Partial<Record<SpreadKey, number>>;
  /** Respondents who left the statement unanswered. */
  unanswered: number;
  /**
   * Where the discussion can start: the median of the 1–5 answers, the lower of the two middle values when their
   * number is even (a starting point never overstates); undefined when nobody gave a 1–5 answer. It is never the
   * agreed level: only the team decides that.
   */
  start: 1 | 2 | 3 | 4 | 5 | undefined;
}

/** The lower median of 1–5 answers. */
export function lowerMedian(values: readonly (1 | 2 | 3 | 4 | 5)[]): 1 | 2 | 3 | 4 | 5 | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Why no agreed score can be built from these results (undefined when one can). */
export function agreedProblem(
  bank: Pick<BankData, "id" | "version">,
  results: readonly StoredResult[],
): Message | undefined {
  if (results.length < 2) return message("agreed.problem.tooFew", { n: results.length });
  if (results.length > MAX_RESPONDENTS) return message("agreed.problem.tooMany", { max: MAX_RESPONDENTS });
  const other = results.find((r) => r.bank.id !== bank.id || r.bank.version !== bank.version);
  if (other)
    return message("agreed.problem.otherBank", {
      got: `${other.bank.id}@${other.bank.version}`,
      want: `${bank.id}@${bank.version}`,
    });
  // An agreed score counted as one respondent would hide the people behind it and count the team twice.
  if (results.some((r) => r.kesepakatan)) return message("agreed.problem.fromAgreed");
  return undefined;
}

/** Each statement's spread, in bank order. */
export function itemSpreads(bank: Pick<BankData, "items">, results: readonly StoredResult[]): ItemSpread[] {
  return bank.items.map((item) => {
    const counts: ItemSpread["counts"] = {};
    const levels: (1 | 2 | 3 | 4 | 5)[] = [];
    let unanswered = 0;
    for (const r of results) {
      const a = r.answers[item.id];
      if (a === undefined) {
        unanswered++;
        continue;
      }
      const key = String(a) as SpreadKey;
      counts[key] = (counts[key] ?? 0) + 1;
      if (isScaleAnswer(a)) levels.push(a);
    }
    return { id: item.id, counts, unanswered, start: lowerMedian(levels) };
  });
}

/** Evidence ticked by respondents per item: how many ticked each one (in the item's order), and their notes. */
export interface ItemEvidence {
  id: string;
  ticked: { evidence: string; count: number }[];
  /** Distinct notes, sorted (never in respondent order), each with its evidence id. */
  notes: { evidence: string; text: string }[];
}

const collator = /* @__PURE__ */ new Intl.Collator(LOCALE);

export function itemEvidence(bank: Pick<BankData, "items">, results: readonly StoredResult[]): ItemEvidence[] {
  return bank.items.map((item) => {
    const ticked = item.evidence
      .map((e) => ({ evidence: e, count: results.filter((r) => r.evidence[item.id]?.includes(e)).length }))
      .filter((x) => x.count > 0);
    const notes = ticked.flatMap(({ evidence }) =>
      [...new Set(results.map((r) => r.catatanBukti?.[item.id]?.[evidence]?.trim() ?? "").filter(Boolean))]
        .sort(collator.compare)
        .map((text) => ({ evidence, text })),
    );
    return { id: item.id, ticked, notes };
  });
}

/** What the facilitator records: a level and a note per statement, and the context of the meeting. */
export interface AgreedDraft {
  answers: Record<string, Answer>;
  /** Notes as typed; trimmed and cut to MAX_NOTE when the result is built. */
  catatan: Record<string, string>;
  context: AssessmentContext;
}

/** The value every result that gives one shares (trimmed), else "": the facilitator then writes it. */
function shared(values: readonly string[]): string {
  const set = new Set(values.map((v) => v.trim()).filter(Boolean));
  return set.size === 1 ? [...set][0]! : "";
}

/** An empty draft: nothing agreed yet, the context the respondents share, the meeting dated today. */
export function startDraft(results: readonly StoredResult[], now: Date = new Date()): AgreedDraft {
  return {
    answers: {},
    catatan: {},
    context: {
      instansi: shared(results.map((r) => r.context.instansi)),
      kemitraan: shared(results.map((r) => r.context.kemitraan)),
      jenisMitra: shared(results.map((r) => r.context.jenisMitra)),
      tanggal: localDate(now),
    },
  };
}

/** Trimmed and at most `max` UTF-16 units, never ending in half of a surrogate pair; "…" marks a cut. */
export function cutText(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  let cut = t.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const nonEmpty = <V>(rec: Record<string, V>): Record<string, V> | undefined =>
  Object.keys(rec).length > 0 ? rec : undefined;

/** The spread as stored: every statement of the bank, with only the answers someone gave. */
function storedSpread(spreads: readonly ItemSpread[]): AgreedScore["sebaran"] {
  return Object.fromEntries(spreads.map((s) => [s.id, { ...s.counts }]));
}

/**
 * The agreed result: its own id (or `previous.id` when saved again), the recorded levels as its answers, the spread
 * and notes as its `kesepakatan`, the evidence any respondent ticked (with their notes merged), a note on a
 * "Tidak berlaku" level as its reason, and the planning references when every respondent gave the same ones.
 * Checked by the same validator as any stored result, so what is saved always reads back.
 */
export function buildAgreed(
  bank: BankData,
  results: readonly StoredResult[],
  draft: AgreedDraft,
  now: Date = new Date(),
  previous?: { id: string; createdAt: string },
  newId: () => string = randomId,
): Checked<StoredResult> {
  const problem = agreedProblem(bank, results);
  if (problem) return { ok: false, problems: [problem] };
  const problems: Message[] = [];
  const answers: Record<string, Answer> = {};
  const catatan: Record<string, string> = {};
  const alasan: Record<string, string> = {};
  const evidence: Record<string, string[]> = {};
  const catatanBukti: Record<string, Record<string, string>> = {};
  const evidenceByItem = new Map(itemEvidence(bank, results).map((e) => [e.id, e]));
  for (const item of bank.items) {
    const a = draft.answers[item.id];
    if (a !== undefined) {
      if (answerChoices(bank, item).includes(a)) answers[item.id] = a;
      else problems.push(message("agreed.problem.choice", { id: item.id }));
    }
    const note = cutText(draft.catatan[item.id] ?? "", MAX_NOTE);
    if (note !== "") catatan[item.id] = note;
    if (note !== "" && answers[item.id] === "tb") alasan[item.id] = note;
    const ev = evidenceByItem.get(item.id);
    if (ev && ev.ticked.length > 0) evidence[item.id] = ev.ticked.map((x) => x.evidence);
    for (const { evidence: e } of ev?.ticked ?? []) {
      const texts = ev!.notes.filter((n) => n.evidence === e).map((n) => n.text);
      if (texts.length > 0) (catatanBukti[item.id] ??= {})[e] = cutText(texts.join("; "), MAX_NOTE);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const refs = results.map((r) => r.rujukan).filter((x) => x !== undefined);
  const rujukan = refs.length > 0 && new Set(refs.map((x) => JSON.stringify(x))).size === 1 ? refs[0] : undefined;
  const c = draft.context;
  const at = now.toISOString();
  const result: StoredResult = {
    format: RESULT_FORMAT,
    id: previous?.id ?? newId(),
    bank: { id: bank.id, version: bank.version },
    answers,
    evidence,
    context: {
      instansi: cutText(c.instansi, 200),
      kemitraan: cutText(c.kemitraan, 200),
      jenisMitra: c.jenisMitra,
      tanggal: isLocalDate(c.tanggal) ? c.tanggal : "",
    },
    actionPlan: [],
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    completedAt: at,
    ...(nonEmpty(alasan) ? { alasan } : {}),
    ...(nonEmpty(catatanBukti) ? { catatanBukti } : {}),
    ...(rujukan ? { rujukan } : {}),
    kesepakatan: { responden: results.length, sebaran: storedSpread(itemSpreads(bank, results)), catatan },
  };
  return validateResult(result, bank);
}

/** True when the draft holds anything a person recorded (a level or a note). */
export const draftHasWork = (d: AgreedDraft): boolean =>
  Object.keys(d.answers).length > 0 || Object.values(d.catatan).some((n) => n.trim() !== "");

/** Statements still without an agreed level, counted per dimension (in bank order; dimensions with none left out). */
export function missingByDimension(bank: BankData, answers: Readonly<Record<string, Answer>>) {
  return bank.dimensions
    .map((d, index) => ({
      id: d.id,
      index,
      name: d.name,
      missing: bank.items.filter((i) => i.dimension === d.id && answers[i.id] === undefined).length,
    }))
    .filter((d) => d.missing > 0);
}

/** A spread as rows to show: each answer someone gave (in SPREAD_KEYS order), then the unanswered ones if any. */
export function spreadRows(
  counts: Readonly<Partial<Record<string, number>>>,
  responden: number,
): { answer: Answer | undefined; count: number }[] {
  const rows = SPREAD_KEYS.filter((k) => (counts[k] ?? 0) > 0).map((k) => ({
    answer: (k === "tb" || k === "tt" ? k : Number(k)) as Answer,
    count: counts[k]!,
  }));
  const unanswered = responden - rows.reduce((s, r) => s + r.count, 0);
  return unanswered > 0 ? [...rows, { answer: undefined, count: unanswered }] : rows;
}
