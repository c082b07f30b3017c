// Hand-written guards for everything read back from storage, files or the network (no zod in the browser).
// Each returns either the cleaned value or Indonesian problems; nothing from input is trusted as-is.
import { isLocalDate } from "./dates";
import {
  actionStatuses,
  answerValues,
  RESULT_FORMAT,
  type ActionRow,
  type Answer,
  type AssessmentContext,
  type BankData,
  type StoredResult,
} from "./types";

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const MAX_TEXT = 500;
const ID = /^[a-z0-9-]{1,80}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === "string" && v.length <= max;
/** An ISO 8601 UTC instant as toISOString writes it ("2026-11-28T03:15:00.000Z"). */
export const isInstant = (v: unknown): v is string =>
  typeof v === "string" && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v));

function checkContext(v: unknown, problems: string[]): AssessmentContext {
  const out: AssessmentContext = { instansi: "", kemitraan: "", jenisMitra: "", tanggal: "" };
  if (v === undefined) return out;
  if (!isRecord(v)) {
    problems.push("Konteks penilaian tidak terbaca.");
    return out;
  }
  for (const key of ["instansi", "kemitraan"] as const) {
    const s = v[key];
    if (s === undefined) continue;
    if (isText(s, 200)) out[key] = s;
    else problems.push(`Isian "${key}" terlalu panjang atau bukan teks.`);
  }
  if (v["jenisMitra"] !== undefined) {
    if (v["jenisMitra"] === "" || (typeof v["jenisMitra"] === "string" && ID.test(v["jenisMitra"])))
      out.jenisMitra = v["jenisMitra"] as string;
    else problems.push("Jenis kemitraan tidak dikenal.");
  }
  if (v["tanggal"] !== undefined) {
    if (v["tanggal"] === "" || (typeof v["tanggal"] === "string" && isLocalDate(v["tanggal"])))
      out.tanggal = v["tanggal"] as string;
    else problems.push("Tanggal penilaian harus berbentuk TTTT-BB-HH.");
  }
  return out;
}

function checkActionRow(v: unknown, i: number, problems: string[]): ActionRow | undefined {
  if (!isRecord(v)) {
    problems.push(`Baris rencana aksi ${i + 1} tidak terbaca.`);
    return undefined;
  }
  const { id, dimension, kegiatan, penanggungJawab, tenggat, status } = v;
  const ok =
    typeof id === "string" &&
    ID.test(id) &&
    (dimension === "" || (typeof dimension === "string" && ID.test(dimension))) &&
    isText(kegiatan, 1000) &&
    isText(penanggungJawab, 200) &&
    (tenggat === "" || (typeof tenggat === "string" && isLocalDate(tenggat))) &&
    (actionStatuses as readonly unknown[]).includes(status);
  if (!ok) {
    problems.push(`Baris rencana aksi ${i + 1} berisi nilai yang tidak valid.`);
    return undefined;
  }
  return v as unknown as ActionRow;
}

/**
 * Checks a stored or imported assessment. With `bank`, answers and evidence must name that bank's items.
 * Unknown fields are dropped; a bad field is a problem (the caller keeps the raw data aside, never discards it).
 */
export function validateResult(input: unknown, bank?: BankData): Checked<StoredResult> {
  const problems: string[] = [];
  if (!isRecord(input)) return { ok: false, problems: ["Data penilaian tidak terbaca."] };
  if (input["format"] !== RESULT_FORMAT)
    return {
      ok: false,
      problems: [
        typeof input["format"] === "number" && input["format"] > RESULT_FORMAT
          ? "Data ini dibuat oleh versi SiapMitra yang lebih baru."
          : "Format data penilaian tidak dikenal.",
      ],
    };
  const id = input["id"];
  if (typeof id !== "string" || !ID.test(id)) problems.push("Kode penilaian tidak valid.");
  const b = input["bank"];
  const bankRef =
    isRecord(b) &&
    typeof b["id"] === "string" &&
    ID.test(b["id"]) &&
    Number.isInteger(b["version"]) &&
    (b["version"] as number) >= 1
      ? { id: b["id"], version: b["version"] as number }
      : undefined;
  if (!bankRef) problems.push("Bank pertanyaan tidak disebutkan dengan benar.");
  else if (bank && (bank.id !== bankRef.id || bank.version !== bankRef.version))
    problems.push(`Data ini untuk bank ${bankRef.id}@${bankRef.version}, bukan ${bank.id}@${bank.version}.`);

  const itemIds = bank ? new Set(bank.items.map((i) => i.id)) : undefined;
  const answers: Record<string, Answer> = {};
  if (!isRecord(input["answers"])) problems.push("Jawaban tidak terbaca.");
  else
    for (const [key, value] of Object.entries(input["answers"])) {
      if (!ID.test(key) || (itemIds && !itemIds.has(key)))
        problems.push(`Pernyataan tidak dikenal: ${key.slice(0, 40)}.`);
      else if (!(answerValues as readonly unknown[]).includes(value))
        problems.push(`Jawaban tidak valid untuk ${key}.`);
      else answers[key] = value as Answer;
    }

  const evidence: Record<string, string[]> = {};
  const ev = input["evidence"] ?? {};
  if (!isRecord(ev)) problems.push("Bukti pendukung tidak terbaca.");
  else
    for (const [key, value] of Object.entries(ev)) {
      const allowed = bank?.items.find((i) => i.id === key)?.evidence;
      if (!ID.test(key) || (itemIds && !itemIds.has(key)))
        problems.push(`Bukti untuk pernyataan tidak dikenal: ${key.slice(0, 40)}.`);
      else if (
        !Array.isArray(value) ||
        !value.every((e) => typeof e === "string" && ID.test(e) && (!allowed || allowed.includes(e)))
      )
        problems.push(`Bukti pendukung untuk ${key} tidak valid.`);
      else if (value.length > 0) evidence[key] = [...new Set(value as string[])];
    }

  const context = checkContext(input["context"], problems);
  const actionPlan: ActionRow[] = [];
  const plan = input["actionPlan"] ?? [];
  if (!Array.isArray(plan) || plan.length > 100) problems.push("Rencana aksi tidak terbaca.");
  else
    plan.forEach((row, i) => {
      const r = checkActionRow(row, i, problems);
      if (r) actionPlan.push({ ...r });
    });

  for (const key of ["createdAt", "updatedAt"] as const)
    if (!isInstant(input[key])) problems.push(`Waktu ${key === "createdAt" ? "pembuatan" : "pembaruan"} tidak valid.`);
  const completedAt = input["completedAt"];
  if (completedAt !== undefined && !isInstant(completedAt)) problems.push("Waktu selesai tidak valid.");
  const name = input["name"];
  if (name !== undefined && !isText(name, 200)) problems.push("Nama penilaian terlalu panjang atau bukan teks.");

  if (problems.length > 0 || !bankRef) return { ok: false, problems };
  return {
    ok: true,
    value: {
      format: RESULT_FORMAT,
      id: id as string,
      bank: bankRef,
      answers,
      evidence,
      context,
      actionPlan,
      createdAt: input["createdAt"] as string,
      updatedAt: input["updatedAt"] as string,
      ...(completedAt !== undefined ? { completedAt: completedAt as string } : {}),
      ...(name !== undefined ? { name: name as string } : {}),
    },
  };
}

/** Light structural check of a bank served by our own endpoint: enough to never crash on a bad fetch. */
export function validateBank(input: unknown): Checked<BankData> {
  const bad = (p: string): Checked<BankData> => ({ ok: false, problems: [p] });
  if (!isRecord(input)) return bad("Data bank pertanyaan tidak terbaca.");
  if (typeof input["id"] !== "string" || !Number.isInteger(input["version"]))
    return bad("Identitas bank pertanyaan tidak valid.");
  for (const key of ["scale", "evidence", "dimensions", "items", "bands", "recommendations"])
    if (!Array.isArray(input[key])) return bad(`Bagian "${key}" bank pertanyaan tidak valid.`);
  const items = input["items"] as unknown[];
  const dims = new Set((input["dimensions"] as unknown[]).map((d) => (isRecord(d) ? d["id"] : undefined)));
  if (
    !items.every(
      (i) => isRecord(i) && typeof i["id"] === "string" && dims.has(i["dimension"]) && Array.isArray(i["evidence"]),
    )
  )
    return bad("Pernyataan dalam bank pertanyaan tidak valid.");
  return { ok: true, value: input as unknown as BankData };
}
