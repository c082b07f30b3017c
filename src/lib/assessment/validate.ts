// Hand-written guards for everything read back from storage, files or the network (no zod in the browser).
// Each returns either the cleaned value or its problems (as messages); nothing from input is trusted as-is.
import { isInstant, isRecord, isSlugId, isText } from "../util/guards";
import { message, type Checked, type Message } from "../util/message";
import { isLocalDate } from "../site/dates";
import { upgrade } from "./migrate";
import { checkAgreed, checkEvidenceNotes, checkPlanning, checkReasons } from "./validate-notes";
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

export type { Checked };

function checkContext(v: unknown, problems: Message[]): AssessmentContext {
  const out: AssessmentContext = { instansi: "", kemitraan: "", jenisMitra: "", tanggal: "" };
  if (v === undefined) return out;
  if (!isRecord(v)) {
    problems.push(message("transfer.problem.context"));
    return out;
  }
  for (const key of ["instansi", "kemitraan"] as const) {
    const s = v[key];
    if (s === undefined) continue;
    if (isText(s, 200)) out[key] = s;
    else problems.push(message("transfer.problem.contextField", { field: key }));
  }
  if (v["jenisMitra"] !== undefined) {
    if (v["jenisMitra"] === "" || isSlugId(v["jenisMitra"])) out.jenisMitra = v["jenisMitra"];
    else problems.push(message("transfer.problem.partnerType"));
  }
  if (v["tanggal"] !== undefined) {
    if (v["tanggal"] === "" || (typeof v["tanggal"] === "string" && isLocalDate(v["tanggal"])))
      out.tanggal = v["tanggal"] as string;
    else problems.push(message("transfer.problem.date"));
  }
  return out;
}

function checkActionRow(v: unknown, i: number, problems: Message[]): ActionRow | undefined {
  if (!isRecord(v)) {
    problems.push(message("transfer.problem.planRow", { n: i + 1 }));
    return undefined;
  }
  const { id, dimension, kegiatan, penanggungJawab, tenggat, status } = v;
  const ok =
    isSlugId(id) &&
    (dimension === "" || isSlugId(dimension)) &&
    isText(kegiatan, 1000) &&
    isText(penanggungJawab, 200) &&
    (tenggat === "" || (typeof tenggat === "string" && isLocalDate(tenggat))) &&
    (actionStatuses as readonly unknown[]).includes(status);
  if (!ok) {
    problems.push(message("transfer.problem.planRowValue", { n: i + 1 }));
    return undefined;
  }
  return v as unknown as ActionRow;
}

/**
 * Checks a stored or imported assessment. With `bank`, answers and evidence must name that bank's items.
 * An older format is upgraded first (lib/assessment/migrate.ts). Unknown fields are dropped; a bad field is a
 * problem (the caller keeps the raw data aside, never discards it).
 */
export function validateResult(raw: unknown, bank?: BankData): Checked<StoredResult> {
  const problems: Message[] = [];
  if (!isRecord(raw)) return { ok: false, problems: [message("transfer.problem.unreadable")] };
  const older = typeof raw["format"] === "number" && raw["format"] >= 1 && raw["format"] < RESULT_FORMAT;
  const upgraded = older ? upgrade(raw) : undefined;
  if (upgraded && !upgraded.ok) return { ok: false, problems: [message(upgraded.code)] };
  const input = upgraded?.ok ? upgraded.value : raw;
  if (input["format"] !== RESULT_FORMAT)
    return {
      ok: false,
      problems: [
        message(
          typeof input["format"] === "number" && input["format"] > RESULT_FORMAT
            ? "transfer.problem.newerFormat"
            : "transfer.problem.format",
        ),
      ],
    };
  const id = input["id"];
  if (!isSlugId(id)) problems.push(message("transfer.problem.id"));
  const b = input["bank"];
  const bankRef =
    isRecord(b) && isSlugId(b["id"]) && Number.isInteger(b["version"]) && (b["version"] as number) >= 1
      ? { id: b["id"], version: b["version"] as number }
      : undefined;
  if (!bankRef) problems.push(message("transfer.problem.bank"));
  else if (bank && (bank.id !== bankRef.id || bank.version !== bankRef.version))
    problems.push(
      message("transfer.problem.otherBank", {
        got: `${bankRef.id}@${bankRef.version}`,
        want: `${bank.id}@${bank.version}`,
      }),
    );

  const itemIds = bank ? new Set(bank.items.map((i) => i.id)) : undefined;
  const answers: Record<string, Answer> = {};
  if (!isRecord(input["answers"])) problems.push(message("transfer.problem.answers"));
  else
    for (const [key, value] of Object.entries(input["answers"])) {
      if (!isSlugId(key) || (itemIds && !itemIds.has(key)))
        problems.push(message("transfer.problem.unknownItem", { id: key.slice(0, 40) }));
      else if (!(answerValues as readonly unknown[]).includes(value))
        problems.push(message("transfer.problem.answer", { id: key }));
      else answers[key] = value as Answer;
    }

  const evidence: Record<string, string[]> = {};
  const ev = input["evidence"] ?? {};
  if (!isRecord(ev)) problems.push(message("transfer.problem.evidence"));
  else
    for (const [key, value] of Object.entries(ev)) {
      const allowed = bank?.items.find((i) => i.id === key)?.evidence;
      if (!isSlugId(key) || (itemIds && !itemIds.has(key)))
        problems.push(message("transfer.problem.evidenceItem", { id: key.slice(0, 40) }));
      else if (!Array.isArray(value) || !value.every((e) => isSlugId(e) && (!allowed || allowed.includes(e))))
        problems.push(message("transfer.problem.evidenceValue", { id: key }));
      else if (value.length > 0) evidence[key] = [...new Set(value as string[])];
    }

  const context = checkContext(input["context"], problems);
  const actionPlan: ActionRow[] = [];
  const plan = input["actionPlan"] ?? [];
  if (!Array.isArray(plan) || plan.length > 100) problems.push(message("transfer.problem.plan"));
  else
    plan.forEach((row, i) => {
      const r = checkActionRow(row, i, problems);
      if (r) actionPlan.push({ ...r });
    });

  if (!isInstant(input["createdAt"])) problems.push(message("transfer.problem.createdAt"));
  if (!isInstant(input["updatedAt"])) problems.push(message("transfer.problem.updatedAt"));
  const completedAt = input["completedAt"];
  if (completedAt !== undefined && !isInstant(completedAt)) problems.push(message("transfer.problem.completedAt"));
  const name = input["name"];
  if (name !== undefined && !isText(name, 200)) problems.push(message("transfer.problem.name"));

  const alasan = checkReasons(input["alasan"], answers, problems);
  const catatanBukti = checkEvidenceNotes(input["catatanBukti"], evidence, problems);
  const rujukan = checkPlanning(input["rujukan"], problems);
  const kesepakatan = checkAgreed(input["kesepakatan"], problems);

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
      ...(alasan ? { alasan } : {}),
      ...(catatanBukti ? { catatanBukti } : {}),
      ...(rujukan ? { rujukan } : {}),
      ...(kesepakatan ? { kesepakatan } : {}),
    },
  };
}

/** Light structural check of a bank served by our own endpoint: enough to never crash on a bad fetch. */
export function validateBank(input: unknown): Checked<BankData> {
  const bad = (key: string, params?: Message["params"]): Checked<BankData> => ({
    ok: false,
    problems: [message(key, params)],
  });
  if (!isRecord(input)) return bad("transfer.problem.bankUnreadable");
  if (typeof input["id"] !== "string" || !Number.isInteger(input["version"])) return bad("transfer.problem.bankId");
  for (const key of ["scales", "evidence", "dimensions", "items", "bands", "recommendations", "keyItems"])
    if (!Array.isArray(input[key])) return bad("transfer.problem.bankPart", { part: key });
  const items = input["items"] as unknown[];
  const dims = new Set((input["dimensions"] as unknown[]).map((d) => (isRecord(d) ? d["id"] : undefined)));
  if (
    !items.every(
      (i) => isRecord(i) && typeof i["id"] === "string" && dims.has(i["dimension"]) && Array.isArray(i["evidence"]),
    )
  )
    return bad("transfer.problem.bankItems");
  return { ok: true, value: input as unknown as BankData };
}
