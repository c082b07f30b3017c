// Entries from the register's form: the code sets the format, id and timestamps, and every save is validated.
import { randomId } from "../util/random-id";
import { validateEntry, type CheckedEntry } from "./validate";
import { REGISTER_FORMAT, type EntryFields, type RegisterEntry } from "./types";

/** Trims what a person typed (inputs keep stray spaces); the note keeps its line breaks. */
export function tidyFields(fields: EntryFields): EntryFields {
  return {
    ...fields,
    name: fields.name.trim(),
    partners: fields.partners.map((p) => ({ ...p, name: p.name.trim() })),
    number: fields.number.trim(),
    personInCharge: fields.personInCharge.trim(),
    note: fields.note.trim(),
  };
}

export function createEntry(fields: EntryFields, now: Date = new Date(), newId: () => string = randomId): CheckedEntry {
  const at = now.toISOString();
  return validateEntry({ ...tidyFields(fields), format: REGISTER_FORMAT, id: newId(), createdAt: at, updatedAt: at });
}

/** The entry with new field values; id and createdAt stay, updatedAt moves to `now`. */
export function updateEntry(entry: RegisterEntry, fields: EntryFields, now: Date = new Date()): CheckedEntry {
  return validateEntry({
    ...tidyFields(fields),
    format: REGISTER_FORMAT,
    id: entry.id,
    createdAt: entry.createdAt,
    updatedAt: now.toISOString(),
  });
}

/** Links a completed assessment to an entry (no duplicate ids); the caller saves the result. */
export function linkAssessment(entry: RegisterEntry, assessmentId: string, now: Date = new Date()): CheckedEntry {
  if (entry.assessmentIds.includes(assessmentId)) return { ok: true, value: entry };
  return validateEntry({
    ...entry,
    assessmentIds: [...entry.assessmentIds, assessmentId],
    updatedAt: now.toISOString(),
  });
}
