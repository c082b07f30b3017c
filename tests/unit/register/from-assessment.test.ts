import { describe, expect, it } from "vitest";
import { emptyContext } from "../../../src/lib/assessment/types";
import { createEntry } from "../../../src/lib/register/entry";
import { fieldsFromAssessment } from "../../../src/lib/register/from-assessment";

const now = new Date("2026-11-28T03:15:00.000Z");

describe("fieldsFromAssessment", () => {
  it("prefills a row from the planning references and links the assessment", () => {
    const fields = fieldsFromAssessment({
      id: "p-1a2b",
      context: { ...emptyContext(), kemitraan: "  Layanan   data kependudukan " },
      rujukan: {
        mitra: [
          { nama: "Dinas Dukcapil", jenis: "antar-instansi" },
          { nama: "PT A; PT B", jenis: "" },
          { nama: "  ", jenis: "riset" },
        ],
        instrumen: { jenis: "pks", nomor: " 119/PKS/2025 ", tanggal: "2025-03-12", berakhir: "2027-03-12" },
        sasaran: "",
        program: "",
        kegiatan: "",
        subKegiatan: "",
        anggaran: "",
      },
    });
    expect(fields).toEqual({
      name: "Layanan data kependudukan",
      partners: [
        { name: "Dinas Dukcapil", type: "antar-instansi" },
        { name: "PT A, PT B", type: "lainnya" },
      ],
      instrument: "pks",
      number: "119/PKS/2025",
      signedOn: "2025-03-12",
      endsOn: "2027-03-12",
      personInCharge: "",
      status: "aktif",
      reviewOn: "",
      note: "",
      assessmentIds: ["p-1a2b"],
    });
    expect(createEntry(fields, now).ok).toBe(true);
  });

  it("gives an empty draft when the assessment has no references (the form then asks for a name)", () => {
    const fields = fieldsFromAssessment({ id: "p-1", context: emptyContext() });
    expect(fields).toMatchObject({ name: "", partners: [], instrument: "lainnya", assessmentIds: ["p-1"] });
    const r = createEntry(fields, now);
    expect(r.ok ? [] : r.problems.map((p) => p.key)).toEqual(["register.entry.nameMissing"]);
  });
});
