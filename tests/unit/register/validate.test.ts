import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEntry, linkAssessment, updateEntry } from "../../../src/lib/register/entry";
import { validateEntry } from "../../../src/lib/register/validate";
import { limits, partnerTypes } from "../../../src/lib/register/types";
import { partnerTypes as casePartnerTypes } from "../../../src/lib/content/schema/case";
import { entry, entryArb } from "./support";

const codes = (input: unknown) => {
  const r = validateEntry(input);
  return r.ok ? [] : r.problems.map((p) => p.key);
};

describe("validateEntry", () => {
  it("accepts a valid entry and returns it unchanged", () => {
    const e = entry({ note: "Baris 1\nBaris 2", assessmentIds: ["p-1a2b"] });
    expect(validateEntry(e)).toEqual({ ok: true, value: e });
  });

  it("accepts every entry a person could have saved, and is idempotent", () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const r = validateEntry(e);
        expect(r).toEqual({ ok: true, value: e });
        if (r.ok) expect(validateEntry(JSON.parse(JSON.stringify(r.value)))).toEqual(r);
      }),
      { numRuns: 1000 },
    );
  });

  it("drops unknown fields and reads a missing note and link list as empty", () => {
    const { note: _n, assessmentIds: _a, ...rest } = entry();
    const r = validateEntry({ ...rest, extra: "<script>" });
    expect(r.ok && r.value.note).toBe("");
    expect(r.ok && r.value.assessmentIds).toEqual([]);
    expect(r.ok && "extra" in r.value).toBe(false);
  });

  it("refuses what is not an entry, and tells an unknown format from a newer one", () => {
    expect(codes(null)).toEqual(["register.entry.notRecord"]);
    expect(codes([entry()])).toEqual(["register.entry.notRecord"]);
    expect(codes({ ...entry(), format: 2 })).toEqual(["register.entry.formatFuture"]);
    expect(codes({ ...entry(), format: "1" })).toEqual(["register.entry.formatUnknown"]);
    expect(codes({ ...entry(), format: 0 })).toEqual(["register.entry.formatUnknown"]);
  });

  it("reports every bad field at once, as codes with parameters", () => {
    const r = validateEntry({
      ...entry(),
      id: "Bad Id",
      name: "  ",
      instrument: "nota",
      signedOn: "2025-02-30",
      endsOn: "12/03/2025",
      reviewOn: 20250101,
      status: "Aktif",
      number: "x".repeat(limits.number + 1),
      createdAt: "2026-11-28",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { key: "register.entry.idInvalid" },
      { key: "register.entry.nameMissing" },
      { key: "register.entry.instrumentUnknown" },
      { key: "register.entry.numberTooLong", params: { max: limits.number } },
      { key: "register.entry.signedOnInvalid" },
      { key: "register.entry.endsOnInvalid" },
      { key: "register.entry.statusUnknown" },
      { key: "register.entry.reviewOnInvalid" },
      { key: "register.entry.createdAtInvalid" },
    ]);
  });

  it("refuses an end date before the signing date, but not the same day", () => {
    expect(codes(entry({ signedOn: "2025-03-12", endsOn: "2025-03-11" }))).toEqual(["register.entry.endBeforeStart"]);
    expect(codes(entry({ signedOn: "2025-03-12", endsOn: "2025-03-12" }))).toEqual([]);
    expect(codes(entry({ signedOn: "", endsOn: "2025-03-11" }))).toEqual([]);
  });

  it("enforces the text limits exactly at the boundary", () => {
    expect(codes(entry({ name: "n".repeat(limits.name) }))).toEqual([]);
    expect(codes(entry({ name: "n".repeat(limits.name + 1) }))).toEqual(["register.entry.nameTooLong"]);
    expect(codes(entry({ note: "n".repeat(limits.note) }))).toEqual([]);
    expect(codes(entry({ note: "n".repeat(limits.note + 1) }))).toEqual(["register.entry.noteTooLong"]);
    expect(codes(entry({ personInCharge: "n".repeat(limits.personInCharge + 1) }))).toEqual([
      "register.entry.personInChargeTooLong",
    ]);
  });

  it("keeps one-line fields on one line and partner names free of the CSV list separators", () => {
    expect(codes(entry({ name: "a\nb" }))).toEqual(["register.entry.nameInvalid"]);
    expect(codes(entry({ number: "1\r2" }))).toEqual(["register.entry.numberInvalid"]);
    expect(codes(entry({ name: "a\u0000b" }))).toEqual(["register.entry.nameInvalid"]);
    expect(codes(entry({ note: "a\u0007" }))).toEqual(["register.entry.noteInvalid"]);
    expect(codes(entry({ partners: [{ name: "A; B", type: "riset" }] }))).toEqual([
      "register.entry.partnerNameInvalid",
    ]);
    expect(codes(entry({ partners: [{ name: "A | B", type: "riset" }] }))).toEqual([
      "register.entry.partnerNameInvalid",
    ]);
  });

  it("checks each partner and numbers the bad one", () => {
    const r = validateEntry(
      entry({
        partners: [
          { name: "A", type: "riset" },
          { name: "", type: "riset" },
          { name: "C", type: "swasta" as never },
        ],
      }),
    );
    expect(r.ok ? [] : r.problems).toEqual([
      { key: "register.entry.partnerNameMissing", params: { n: 2 } },
      { key: "register.entry.partnerTypeUnknown", params: { n: 3 } },
    ]);
    expect(codes(entry({ partners: "A" as never }))).toEqual(["register.entry.partnersInvalid"]);
    expect(codes(entry({ partners: [null] as never }))).toEqual(["register.entry.partnersInvalid"]);
    const many = Array.from({ length: limits.partners + 1 }, (_, i) => ({ name: `M${i}`, type: "riset" as const }));
    expect(codes(entry({ partners: many }))).toEqual(["register.entry.partnersTooMany"]);
  });

  it("checks the linked assessment ids and removes repeats", () => {
    expect(codes(entry({ assessmentIds: ["../x"] }))).toEqual(["register.entry.assessmentIdsInvalid"]);
    expect(codes(entry({ assessmentIds: "p-1" as never }))).toEqual(["register.entry.assessmentIdsInvalid"]);
    const r = validateEntry(entry({ assessmentIds: ["p-1", "p-1", "p-2"] }));
    expect(r.ok && r.value.assessmentIds).toEqual(["p-1", "p-2"]);
  });

  it("uses the case library's partner types plus lainnya", () => {
    expect([...partnerTypes]).toEqual([...casePartnerTypes, "lainnya"]);
  });
});

describe("entries from the form", () => {
  const now = new Date("2026-11-28T03:15:00.000Z");
  const { format: _f, id: _i, createdAt: _c, updatedAt: _u, ...fields } = entry();

  it("creates an entry with trimmed text, a fresh id and timestamps", () => {
    const r = createEntry({ ...fields, name: "  Nama  ", number: " 1/PKS " }, now, () => "k-new");
    expect(r).toEqual({
      ok: true,
      value: {
        ...fields,
        name: "Nama",
        number: "1/PKS",
        format: 1,
        id: "k-new",
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
    });
    expect(createEntry({ ...fields, name: "" }, now).ok).toBe(false);
  });

  it("updates keep the id and creation time", () => {
    const e = entry();
    const r = updateEntry(e, { ...fields, status: "berakhir" }, now);
    expect(r.ok && [r.value.id, r.value.createdAt, r.value.updatedAt, r.value.status]).toEqual([
      e.id,
      e.createdAt,
      now.toISOString(),
      "berakhir",
    ]);
  });

  it("links an assessment once", () => {
    const e = entry();
    const once = linkAssessment(e, "p-abc", now);
    expect(once.ok && once.value.assessmentIds).toEqual(["p-abc"]);
    if (!once.ok) return;
    expect(linkAssessment(once.value, "p-abc", now)).toEqual({ ok: true, value: once.value });
    expect(linkAssessment(e, "BAD ID", now).ok).toBe(false);
  });
});
