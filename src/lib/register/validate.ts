// Hand-written guard for a register entry read back from storage or a backup file (no zod in the browser).
// It returns the cleaned entry or problem codes; the UI turns codes into Indonesian through t("register.<code>").
import { isLocalDate } from "../assessment/dates";
import { isInstant, isRecord } from "../assessment/validate";
import {
  instruments,
  limits,
  partnerTypes,
  REGISTER_FORMAT,
  registerStatuses,
  type Partner,
  type Problem,
  type RegisterEntry,
} from "./types";

export const entryProblemCodes = [
  "entry.notRecord",
  "entry.formatUnknown",
  "entry.formatFuture",
  "entry.idInvalid",
  "entry.nameMissing",
  "entry.nameInvalid",
  "entry.nameTooLong",
  "entry.partnersInvalid",
  "entry.partnersTooMany",
  "entry.partnerNameMissing",
  "entry.partnerNameInvalid",
  "entry.partnerNameTooLong",
  "entry.partnerTypeUnknown",
  "entry.instrumentUnknown",
  "entry.numberInvalid",
  "entry.numberTooLong",
  "entry.signedOnInvalid",
  "entry.endsOnInvalid",
  "entry.reviewOnInvalid",
  "entry.endBeforeStart",
  "entry.personInChargeInvalid",
  "entry.personInChargeTooLong",
  "entry.statusUnknown",
  "entry.noteInvalid",
  "entry.noteTooLong",
  "entry.assessmentIdsInvalid",
  "entry.assessmentIdsTooMany",
  "entry.createdAtInvalid",
  "entry.updatedAtInvalid",
] as const;
export type EntryProblemCode = (typeof entryProblemCodes)[number];
export type EntryProblem = Problem<EntryProblemCode>;

export type CheckedEntry = { ok: true; value: RegisterEntry } | { ok: false; problems: EntryProblem[] };

/** Entry ids and history result ids share the assessment id alphabet. */
export const ENTRY_ID = /^[a-z0-9-]{1,80}$/;

// One-line fields come from single-line inputs; a line break there means the value did not come from the form.
// Partner names also exclude ";" and "|", which separate several partners inside one CSV cell.
const ONE_LINE = /^[^\r\n\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const PARTNER_NAME = /^[^\r\n;|\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const includes = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === "string" && (list as readonly string[]).includes(v);

/** Checks one text field: `missing` only for required ones (blank after trimming counts as missing). */
function checkText(
  v: unknown,
  shape: RegExp,
  max: number,
  codes: { invalid: EntryProblemCode; tooLong: EntryProblemCode; missing?: EntryProblemCode },
  problems: EntryProblem[],
  params: Record<string, number> = {},
): string {
  if (typeof v !== "string" || !shape.test(v)) {
    problems.push({ code: codes.invalid, params });
    return "";
  }
  if (codes.missing && v.trim() === "") problems.push({ code: codes.missing, params });
  else if (v.length > max) problems.push({ code: codes.tooLong, params: { ...params, max } });
  return v;
}

function checkDate(v: unknown, code: EntryProblemCode, problems: EntryProblem[]): string {
  if (v === "" || (typeof v === "string" && isLocalDate(v))) return v;
  problems.push({ code });
  return "";
}

function checkPartners(v: unknown, problems: EntryProblem[]): Partner[] {
  if (!Array.isArray(v)) {
    problems.push({ code: "entry.partnersInvalid" });
    return [];
  }
  if (v.length > limits.partners) {
    problems.push({ code: "entry.partnersTooMany", params: { max: limits.partners } });
    return [];
  }
  return v.map((p: unknown, i) => {
    const n = i + 1;
    if (!isRecord(p)) {
      problems.push({ code: "entry.partnersInvalid" });
      return { name: "", type: "lainnya" };
    }
    const name = checkText(
      p["name"],
      PARTNER_NAME,
      limits.partnerName,
      { invalid: "entry.partnerNameInvalid", tooLong: "entry.partnerNameTooLong", missing: "entry.partnerNameMissing" },
      problems,
      { n },
    );
    if (!includes(partnerTypes, p["type"])) problems.push({ code: "entry.partnerTypeUnknown", params: { n } });
    return { name, type: includes(partnerTypes, p["type"]) ? p["type"] : "lainnya" };
  });
}

function checkAssessmentIds(v: unknown, problems: EntryProblem[]): string[] {
  if (!Array.isArray(v) || !v.every((id) => typeof id === "string" && ENTRY_ID.test(id))) {
    problems.push({ code: "entry.assessmentIdsInvalid" });
    return [];
  }
  if (v.length > limits.assessmentIds) {
    problems.push({ code: "entry.assessmentIdsTooMany", params: { max: limits.assessmentIds } });
    return [];
  }
  return [...new Set(v as string[])];
}

/**
 * Checks a stored or imported entry. Unknown fields are dropped; `note` and `assessmentIds` may be absent (read as
 * empty). Every problem is reported, not only the first, so one look at a broken entry shows all that is wrong.
 */
export function validateEntry(input: unknown): CheckedEntry {
  if (!isRecord(input)) return { ok: false, problems: [{ code: "entry.notRecord" }] };
  const format = input["format"];
  if (format !== REGISTER_FORMAT)
    return {
      ok: false,
      problems: [
        {
          code:
            typeof format === "number" && Number.isInteger(format) && format > REGISTER_FORMAT
              ? "entry.formatFuture"
              : "entry.formatUnknown",
        },
      ],
    };
  const problems: EntryProblem[] = [];
  const id = input["id"];
  if (typeof id !== "string" || !ENTRY_ID.test(id)) problems.push({ code: "entry.idInvalid" });
  const name = checkText(
    input["name"],
    ONE_LINE,
    limits.name,
    { invalid: "entry.nameInvalid", tooLong: "entry.nameTooLong", missing: "entry.nameMissing" },
    problems,
  );
  const partners = checkPartners(input["partners"], problems);
  const instrument = input["instrument"];
  if (!includes(instruments, instrument)) problems.push({ code: "entry.instrumentUnknown" });
  const number = checkText(
    input["number"],
    ONE_LINE,
    limits.number,
    { invalid: "entry.numberInvalid", tooLong: "entry.numberTooLong" },
    problems,
  );
  const signedOn = checkDate(input["signedOn"], "entry.signedOnInvalid", problems);
  const endsOn = checkDate(input["endsOn"], "entry.endsOnInvalid", problems);
  if (signedOn !== "" && endsOn !== "" && endsOn < signedOn) problems.push({ code: "entry.endBeforeStart" });
  const personInCharge = checkText(
    input["personInCharge"],
    ONE_LINE,
    limits.personInCharge,
    { invalid: "entry.personInChargeInvalid", tooLong: "entry.personInChargeTooLong" },
    problems,
  );
  const status = input["status"];
  if (!includes(registerStatuses, status)) problems.push({ code: "entry.statusUnknown" });
  const reviewOn = checkDate(input["reviewOn"], "entry.reviewOnInvalid", problems);
  const note = checkText(
    input["note"] ?? "",
    MULTI_LINE,
    limits.note,
    { invalid: "entry.noteInvalid", tooLong: "entry.noteTooLong" },
    problems,
  );
  const assessmentIds = checkAssessmentIds(input["assessmentIds"] ?? [], problems);
  if (!isInstant(input["createdAt"])) problems.push({ code: "entry.createdAtInvalid" });
  if (!isInstant(input["updatedAt"])) problems.push({ code: "entry.updatedAtInvalid" });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      format: REGISTER_FORMAT,
      id: id as string,
      name,
      partners,
      instrument: instrument as RegisterEntry["instrument"],
      number,
      signedOn,
      endsOn,
      personInCharge,
      status: status as RegisterEntry["status"],
      reviewOn,
      note,
      assessmentIds,
      createdAt: input["createdAt"] as string,
      updatedAt: input["updatedAt"] as string,
    },
  };
}
