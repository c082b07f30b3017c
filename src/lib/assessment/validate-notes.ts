// Checks of the optional format-2 fields: notes (plain text, trimmed, at most MAX_NOTE characters), planning
// references and an agreed score. Each returns the cleaned value (undefined when absent or empty) and adds problems.
import { isLocalDate } from "../site/dates";
import { isRecord, isSlugId, isText } from "../util/guards";
import { message, type Message } from "../util/message";
import { instrumentKinds, MAX_NOTE, type AgreedScore, type Answer, type PlanningRefs } from "./types";

const isNote = (v: unknown): v is string => isText(v, MAX_NOTE * 2) && v.trim().length <= MAX_NOTE;

/** "Tidak berlaku" reasons: kept only for statements that are answered "Tidak berlaku". */
export function checkReasons(
  v: unknown,
  answers: Readonly<Record<string, Answer>>,
  problems: Message[],
): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isRecord(v)) {
    problems.push(message("transfer.problem.reasons"));
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(v)) {
    if (!isSlugId(id) || !isNote(text)) problems.push(message("transfer.problem.reason", { id: id.slice(0, 40) }));
    else if (answers[id] === "tb" && text.trim() !== "") out[id] = text.trim();
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Evidence notes: kept only beside evidence that is ticked. */
export function checkEvidenceNotes(
  v: unknown,
  evidence: Readonly<Record<string, readonly string[]>>,
  problems: Message[],
): Record<string, Record<string, string>> | undefined {
  if (v === undefined) return undefined;
  if (!isRecord(v)) {
    problems.push(message("transfer.problem.evidenceNotes"));
    return undefined;
  }
  const out: Record<string, Record<string, string>> = {};
  for (const [id, notes] of Object.entries(v)) {
    if (!isSlugId(id) || !isRecord(notes)) {
      problems.push(message("transfer.problem.evidenceNote", { id: id.slice(0, 40) }));
      continue;
    }
    for (const [e, text] of Object.entries(notes)) {
      if (!isSlugId(e) || !isNote(text)) problems.push(message("transfer.problem.evidenceNote", { id }));
      else if (evidence[id]?.includes(e) && text.trim() !== "") (out[id] ??= {})[e] = text.trim();
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The longest planning reference text (a target, a programme name, a partner name, an agreement number). */
export const MAX_PLANNING_TEXT = 200;
/** The most partners the planning references may list. */
export const MAX_PARTNERS = 20;
const TEXT = MAX_PLANNING_TEXT;

/** Planning references with nothing filled in: the form's starting point. */
export const emptyPlanning = (): PlanningRefs => ({
  mitra: [],
  instrumen: { jenis: "", nomor: "", tanggal: "", berakhir: "" },
  sasaran: "",
  program: "",
  kegiatan: "",
  subKegiatan: "",
  anggaran: "",
});

/** Planning references: texts bounded, dates real, and an end date never before the signing date. */
export function checkPlanning(v: unknown, problems: Message[]): PlanningRefs | undefined {
  if (v === undefined) return undefined;
  const out = emptyPlanning();
  if (!isRecord(v)) {
    problems.push(message("transfer.problem.planning"));
    return undefined;
  }
  const text = (key: "sasaran" | "program" | "kegiatan" | "subKegiatan" | "anggaran") => {
    const s = v[key];
    if (s === undefined) return;
    if (isText(s, TEXT)) out[key] = s.trim();
    else problems.push(message("transfer.problem.planningField", { field: key }));
  };
  (["sasaran", "program", "kegiatan", "subKegiatan", "anggaran"] as const).forEach(text);
  const mitra = v["mitra"] ?? [];
  if (!Array.isArray(mitra) || mitra.length > MAX_PARTNERS) problems.push(message("transfer.problem.partners"));
  else
    for (const m of mitra)
      if (isRecord(m) && isText(m["nama"], TEXT) && (m["jenis"] === "" || isSlugId(m["jenis"])))
        out.mitra.push({ nama: m["nama"].trim(), jenis: m["jenis"] as string });
      else problems.push(message("transfer.problem.partners"));
  const ins = v["instrumen"];
  if (ins !== undefined) {
    const kind = isRecord(ins) ? ins["jenis"] : undefined;
    const date = (d: unknown) => d === "" || (typeof d === "string" && isLocalDate(d));
    if (
      !isRecord(ins) ||
      !(kind === "" || (instrumentKinds as readonly unknown[]).includes(kind)) ||
      !isText(ins["nomor"], TEXT) ||
      !date(ins["tanggal"]) ||
      !date(ins["berakhir"])
    )
      problems.push(message("transfer.problem.instrument"));
    else {
      out.instrumen = {
        jenis: kind as PlanningRefs["instrumen"]["jenis"],
        nomor: (ins["nomor"] as string).trim(),
        tanggal: ins["tanggal"] as string,
        berakhir: ins["berakhir"] as string,
      };
      if (planningDateProblem(out.instrumen)) problems.push(message(planningDateProblem(out.instrumen)!));
    }
  }
  return out;
}

/** The one cross-field rule of the instrument's dates (also used by the form, as the user types). */
export function planningDateProblem(i: Pick<PlanningRefs["instrumen"], "tanggal" | "berakhir">): string | undefined {
  return i.tanggal !== "" && i.berakhir !== "" && i.berakhir < i.tanggal
    ? "transfer.problem.endBeforeStart"
    : undefined;
}

const ANSWER_KEYS = new Set(["1", "2", "3", "4", "5", "tb", "tt"]);

/** An agreed score's metadata: respondent count, per-statement spread counts and notes. */
export function checkAgreed(v: unknown, problems: Message[]): AgreedScore | undefined {
  if (v === undefined) return undefined;
  const bad = () => {
    problems.push(message("transfer.problem.agreed"));
    return undefined;
  };
  if (!isRecord(v) || !Number.isInteger(v["responden"]) || (v["responden"] as number) < 2) return bad();
  const responden = v["responden"] as number;
  if (responden > 500 || !isRecord(v["sebaran"]) || !isRecord(v["catatan"] ?? {})) return bad();
  const sebaran: AgreedScore["sebaran"] = {};
  for (const [id, counts] of Object.entries(v["sebaran"])) {
    if (!isSlugId(id) || !isRecord(counts)) return bad();
    const clean: Record<string, number> = {};
    for (const [k, n] of Object.entries(counts)) {
      if (!ANSWER_KEYS.has(k) || !Number.isInteger(n) || (n as number) < 0 || (n as number) > responden) return bad();
      if ((n as number) > 0) clean[k] = n as number;
    }
    sebaran[id] = clean;
  }
  const catatan: Record<string, string> = {};
  for (const [id, text] of Object.entries((v["catatan"] ?? {}) as Record<string, unknown>)) {
    if (!isSlugId(id) || !isNote(text)) return bad();
    if (text.trim() !== "") catatan[id] = text.trim();
  }
  return { responden, sebaran, catatan };
}
