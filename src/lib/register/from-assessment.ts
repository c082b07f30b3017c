// A register row prefilled from an assessment's planning references ("rujukan": partners, the agreement's kind,
// number and dates), so an officer who filed them once does not type them again. The form shows the draft and
// createEntry validates it; nothing here is saved.
import type { StoredResult } from "../assessment/types";
import { partnerTypes, type EntryFields, type PartnerType } from "./types";

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The draft fields: name from the assessment's "kemitraan", partners from its references (an unknown or empty type
 * becomes "lainnya"; ";" and "|", which separate partners in CSV cells, become commas), status "aktif", and the
 * assessment linked. Review date, person in charge and note are left for the officer.
 */
export function fieldsFromAssessment(result: Pick<StoredResult, "id" | "context" | "rujukan">): EntryFields {
  const refs = result.rujukan;
  const partners = (refs?.mitra ?? [])
    .map((m) => ({
      name: oneLine(m.nama.replace(/[;|]/g, ",")),
      type: ((partnerTypes as readonly string[]).includes(m.jenis) ? m.jenis : "lainnya") as PartnerType,
    }))
    .filter((p) => p.name !== "");
  return {
    name: oneLine(result.context.kemitraan),
    partners,
    instrument: refs?.instrumen.jenis || "lainnya",
    number: oneLine(refs?.instrumen.nomor ?? ""),
    signedOn: refs?.instrumen.tanggal ?? "",
    endsOn: refs?.instrumen.berakhir ?? "",
    personInCharge: "",
    status: "aktif",
    reviewOn: "",
    note: "",
    assessmentIds: [result.id],
  };
}
