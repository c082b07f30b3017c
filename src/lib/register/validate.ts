// Hand-written guard for a register entry read back from storage or a backup file (no zod in the browser).
// It returns the cleaned entry or its problems as messages (dictionary keys in src/i18n/id/register.ts).
import { isLocalDate } from "../site/dates";
import { isInstant, isRecord, SLUG_ID } from "../util/guards";
import { message, type Message } from "../util/message";
import {
  instruments,
  limits,
  partnerTypes,
  REGISTER_FORMAT,
  registerStatuses,
  type Partner,
  type RegisterEntry,
} from "./types";

export const entryProblemKeys = [
  "register.entry.notRecord",
  "register.entry.formatUnknown",
  "register.entry.formatFuture",
  "register.entry.idInvalid",
  "register.entry.nameMissing",
  "register.entry.nameInvalid",
  "register.entry.nameTooLong",
  "register.entry.partnersInvalid",
  "register.entry.partnersTooMany",
  "register.entry.partnerNameMissing",
  "register.entry.partnerNameInvalid",
  "register.entry.partnerNameTooLong",
  "register.entry.partnerTypeUnknown",
  "register.entry.instrumentUnknown",
  "register.entry.numberInvalid",
  "register.entry.numberTooLong",
  "register.entry.signedOnInvalid",
  "register.entry.endsOnInvalid",
  "register.entry.reviewOnInvalid",
  "register.entry.endBeforeStart",
  "register.entry.personInChargeInvalid",
  "register.entry.personInChargeTooLong",
  "register.entry.statusUnknown",
  "register.entry.noteInvalid",
  "register.entry.noteTooLong",
  "register.entry.assessmentIdsInvalid",
  "register.entry.assessmentIdsTooMany",
  "register.entry.createdAtInvalid",
  "register.entry.updatedAtInvalid",
] as const;
export type EntryProblemKey = (typeof entryProblemKeys)[number];
export type EntryProblem = Message<EntryProblemKey>;

export type CheckedEntry = { ok: true; value: RegisterEntry } | { ok: false; problems: EntryProblem[] };

/** Entry ids and history result ids share the site's id alphabet. */
export const ENTRY_ID = SLUG_ID;

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
  codes: { invalid: EntryProblemKey; tooLong: EntryProblemKey; missing?: EntryProblemKey },
  problems: EntryProblem[],
  params?: Record<string, number>,
): string {
  if (typeof v !== "string" || !shape.test(v)) {
    problems.push(message(codes.invalid, params));
    return "";
  }
  if (codes.missing && v.trim() === "") problems.push(message(codes.missing, params));
  else if (v.length > max) problems.push(message(codes.tooLong, { ...params, max }));
  return v;
}

function checkDate(v: unknown, code: EntryProblemKey, problems: EntryProblem[]): string {
  if (v === "" || (typeof v === "string" && isLocalDate(v))) return v;
  problems.push(message(code));
  return "";
}

function checkPartners(v: unknown, problems: EntryProblem[]): Partner[] {
  if (!Array.isArray(v)) {
    problems.push(message("register.entry.partnersInvalid"));
    return [];
  }
  if (v.length > limits.partners) {
    problems.push(message("register.entry.partnersTooMany", { max: limits.partners }));
    return [];
  }
  return v.map((p: unknown, i) => {
    const n = i + 1;
    if (!isRecord(p)) {
      problems.push(message("register.entry.partnersInvalid"));
      return { name: "", type: "lainnya" };
    }
    const name = checkText(
      p["name"],
      PARTNER_NAME,
      limits.partnerName,
      {
        invalid: "register.entry.partnerNameInvalid",
        tooLong: "register.entry.partnerNameTooLong",
        missing: "register.entry.partnerNameMissing",
      },
      problems,
      { n },
    );
    if (!includes(partnerTypes, p["type"])) problems.push(message("register.entry.partnerTypeUnknown", { n }));
    return { name, type: includes(partnerTypes, p["type"]) ? p["type"] : "lainnya" };
  });
}

function checkAssessmentIds(v: unknown, problems: EntryProblem[]): string[] {
  if (!Array.isArray(v) || !v.every((id) => typeof id === "string" && ENTRY_ID.test(id))) {
    problems.push(message("register.entry.assessmentIdsInvalid"));
    return [];
  }
  if (v.length > limits.assessmentIds) {
    problems.push(message("register.entry.assessmentIdsTooMany", { max: limits.assessmentIds }));
    return [];
  }
  return [...new Set(v as string[])];
}

/**
 * Checks a stored or imported entry. Unknown fields are dropped; `note` and `assessmentIds` may be absent (read as
 * empty). Every problem is reported, not only the first, so one look at a broken entry shows all that is wrong.
 */
export function validateEntry(input: unknown): CheckedEntry {
  if (!isRecord(input)) return { ok: false, problems: [message("register.entry.notRecord")] };
  const format = input["format"];
  if (format !== REGISTER_FORMAT)
    return {
      ok: false,
      problems: [
        {
          key:
            typeof format === "number" && Number.isInteger(format) && format > REGISTER_FORMAT
              ? "register.entry.formatFuture"
              : "register.entry.formatUnknown",
        },
      ],
    };
  const problems: EntryProblem[] = [];
  const id = input["id"];
  if (typeof id !== "string" || !ENTRY_ID.test(id)) problems.push(message("register.entry.idInvalid"));
  const name = checkText(
    input["name"],
    ONE_LINE,
    limits.name,
    {
      invalid: "register.entry.nameInvalid",
      tooLong: "register.entry.nameTooLong",
      missing: "register.entry.nameMissing",
    },
    problems,
  );
  const partners = checkPartners(input["partners"], problems);
  const instrument = input["instrument"];
  if (!includes(instruments, instrument)) problems.push(message("register.entry.instrumentUnknown"));
  const number = checkText(
    input["number"],
    ONE_LINE,
    limits.number,
    { invalid: "register.entry.numberInvalid", tooLong: "register.entry.numberTooLong" },
    problems,
  );
  const signedOn = checkDate(input["signedOn"], "register.entry.signedOnInvalid", problems);
  const endsOn = checkDate(input["endsOn"], "register.entry.endsOnInvalid", problems);
  if (signedOn !== "" && endsOn !== "" && endsOn < signedOn) problems.push(message("register.entry.endBeforeStart"));
  const personInCharge = checkText(
    input["personInCharge"],
    ONE_LINE,
    limits.personInCharge,
    { invalid: "register.entry.personInChargeInvalid", tooLong: "register.entry.personInChargeTooLong" },
    problems,
  );
  const status = input["status"];
  if (!includes(registerStatuses, status)) problems.push(message("register.entry.statusUnknown"));
  const reviewOn = checkDate(input["reviewOn"], "register.entry.reviewOnInvalid", problems);
  const note = checkText(
    input["note"] ?? "",
    MULTI_LINE,
    limits.note,
    { invalid: "register.entry.noteInvalid", tooLong: "register.entry.noteTooLong" },
    problems,
  );
  const assessmentIds = checkAssessmentIds(input["assessmentIds"] ?? [], problems);
  if (!isInstant(input["createdAt"])) problems.push(message("register.entry.createdAtInvalid"));
  if (!isInstant(input["updatedAt"])) problems.push(message("register.entry.updatedAtInvalid"));

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
