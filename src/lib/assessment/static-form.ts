// What a visitor already did in the static paper form before the questionnaire island took over (a slow phone can
// take seconds to start it): its fields, read back as form entries, become the same updates the island would have
// made, so no tap is lost. Only values the bank allows are taken; anything else is ignored.
import { partnerTypes } from "../content/schema/case-enums";
import { isLocalDate } from "../site/dates";
import { setAnswer, setContext, setReason, toggleEvidence } from "./result";
import { answerValues, type Answer, type BankData, type StoredResult } from "./types";

/** The context fields' names in the form, with the longest text each takes (as the live fields do). */
const CONTEXT_TEXT = { instansi: 200, kemitraan: 200 } as const;

const toAnswer = (raw: string): Answer | undefined => answerValues.find((a) => String(a) === raw);

/** Applies the paper form's entries to `result`; returns `result` itself when the form was untouched. */
export function applyFormEntries(
  bank: BankData,
  result: StoredResult,
  entries: Iterable<[string, string]>,
  now = new Date(),
): StoredResult {
  const items = new Map(bank.items.map((i) => [i.id, i]));
  const keys = new Set(bank.keyItems);
  let out = result;
  let context = result.context;
  const reasons: [string, string][] = [];
  for (const [name, raw] of entries) {
    const value = raw.trim();
    if (value === "") continue;
    const item = items.get(name);
    if (item) {
      const answer = toAnswer(value);
      // A key item offers no "Tidak berlaku" (ItemField leaves it out): a forged value is not taken either.
      if (answer !== undefined && !(answer === "tb" && (keys.has(item.id) || item.tidakBerlaku === false)))
        out = setAnswer(out, item.id, answer, now);
    } else if (name.startsWith("bukti-")) {
      const target = items.get(name.slice("bukti-".length));
      if (target?.evidence.includes(value)) out = toggleEvidence(out, target.id, value, true, now);
    } else if (name.startsWith("alasan-")) {
      if (items.has(name.slice("alasan-".length))) reasons.push([name.slice("alasan-".length), raw]);
    } else if (name === "instansi" || name === "kemitraan") {
      context = { ...context, [name]: value.slice(0, CONTEXT_TEXT[name]) };
    } else if (name === "jenisMitra" && (partnerTypes as readonly string[]).includes(value)) {
      context = { ...context, jenisMitra: value };
    } else if (name === "tanggal" && isLocalDate(value)) {
      context = { ...context, tanggal: value };
    }
  }
  // Reasons after answers: a reason is kept only beside its "Tidak berlaku".
  for (const [id, text] of reasons) if (out.answers[id] === "tb") out = setReason(out, id, text, now);
  if (context !== result.context) out = setContext(out, context, now);
  return out;
}
