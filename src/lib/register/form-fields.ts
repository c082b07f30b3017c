// The register's form: an empty draft, and which input each validation problem belongs to, so the form can show
// the message next to the field (and in the summary above it) instead of one list nobody can place.
import type { EntryProblem, EntryProblemKey } from "./validate";
import type { EntryFields } from "./types";

export type FormField =
  | "name"
  | "partners"
  | "instrument"
  | "number"
  | "signedOn"
  | "endsOn"
  | "personInCharge"
  | "status"
  | "reviewOn"
  | "note"
  | "assessmentIds";

/** A new entry's fields: status "aktif", nothing else chosen (the instrument must be picked). */
export const emptyEntryFields = (): EntryFields => ({
  name: "",
  partners: [],
  // Not a valid instrument on purpose: the form shows "Pilih instrumen" until the officer chooses one.
  instrument: "" as EntryFields["instrument"],
  number: "",
  signedOn: "",
  endsOn: "",
  personInCharge: "",
  status: "aktif",
  reviewOn: "",
  note: "",
  assessmentIds: [],
});

const FIELD_OF: Partial<Record<EntryProblemKey, FormField>> = {
  "register.entry.nameMissing": "name",
  "register.entry.nameInvalid": "name",
  "register.entry.nameTooLong": "name",
  "register.entry.partnersInvalid": "partners",
  "register.entry.partnersTooMany": "partners",
  "register.entry.partnerNameMissing": "partners",
  "register.entry.partnerNameInvalid": "partners",
  "register.entry.partnerNameTooLong": "partners",
  "register.entry.partnerTypeUnknown": "partners",
  "register.entry.instrumentUnknown": "instrument",
  "register.entry.numberInvalid": "number",
  "register.entry.numberTooLong": "number",
  "register.entry.signedOnInvalid": "signedOn",
  "register.entry.endsOnInvalid": "endsOn",
  "register.entry.endBeforeStart": "endsOn",
  "register.entry.reviewOnInvalid": "reviewOn",
  "register.entry.personInChargeInvalid": "personInCharge",
  "register.entry.personInChargeTooLong": "personInCharge",
  "register.entry.statusUnknown": "status",
  "register.entry.noteInvalid": "note",
  "register.entry.noteTooLong": "note",
  "register.entry.assessmentIdsInvalid": "assessmentIds",
  "register.entry.assessmentIdsTooMany": "assessmentIds",
};

export interface PlacedProblem {
  problem: EntryProblem;
  /** The input it belongs to; null for problems no input can fix (a broken id or timestamp). */
  field: FormField | null;
  /** For a partner's problem: which partner, counted from 1. */
  partner?: number;
}

export function placeProblems(problems: readonly EntryProblem[]): PlacedProblem[] {
  return problems.map((problem) => {
    const field = FIELD_OF[problem.key] ?? null;
    const n = problem.params?.["n"];
    return field === "partners" && typeof n === "number" ? { problem, field, partner: n } : { problem, field };
  });
}
