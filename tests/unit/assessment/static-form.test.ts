// Taps made in the static form before the island started must survive the takeover, and nothing else may get in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFormEntries } from "../../../src/lib/assessment/static-form";
import { newResult } from "../../../src/lib/assessment/result";
import { validateResult } from "../../../src/lib/assessment/validate";
import { bank8 } from "./bank8-fixture";

const bank = { ...bank8, keyItems: ["kebutuhan-5"] };
const fresh = () => newResult(bank, new Date(2026, 11, 3, 9));

describe("applyFormEntries", () => {
  it("returns the result unchanged when the form was untouched", () => {
    const r = fresh();
    expect(
      applyFormEntries(bank, r, [
        ["instansi", "  "],
        ["kebutuhan-1", ""],
      ]),
    ).toBe(r);
  });

  it("keeps answers, evidence, reasons and context typed before the takeover", () => {
    const out = applyFormEntries(bank, fresh(), [
      ["instansi", " Dinas Uji "],
      ["jenisMitra", "antar-daerah"],
      ["tanggal", "2026-12-01"],
      ["kebutuhan-1", "4"],
      ["bukti-kebutuhan-1", "mou"],
      ["kebutuhan-2", "tb"],
      ["alasan-kebutuhan-2", "Tidak ada data yang dibagikan."],
      ["keselarasan-3", "tt"],
    ]);
    expect(out.answers).toEqual({ "kebutuhan-1": 4, "kebutuhan-2": "tb", "keselarasan-3": "tt" });
    expect(out.evidence).toEqual({ "kebutuhan-1": ["mou"] });
    expect(out.alasan).toEqual({ "kebutuhan-2": "Tidak ada data yang dibagikan." });
    expect(out.context).toMatchObject({ instansi: "Dinas Uji", jenisMitra: "antar-daerah", tanggal: "2026-12-01" });
  });

  it("ignores values the bank does not allow", () => {
    const r = fresh();
    const out = applyFormEntries(bank, r, [
      ["kebutuhan-1", "6"],
      ["kebutuhan-5", "tb"], // a key item has no "Tidak berlaku"
      ["bukti-kebutuhan-1", "sertifikat-palsu"],
      ["bukti-tidak-ada", "mou"],
      ["alasan-kebutuhan-3", "no tb here"],
      ["jenisMitra", "<script>"],
      ["tanggal", "31/12/2026"],
      ["__proto__", "4"],
    ]);
    expect(out).toBe(r);
  });

  it("always yields a result that validates", () => {
    const names = [
      "instansi",
      "kemitraan",
      "jenisMitra",
      "tanggal",
      ...bank.items.flatMap((i) => [i.id, `bukti-${i.id}`, `alasan-${i.id}`]),
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...names),
            fc.oneof(fc.constantFrom("1", "3", "5", "tb", "tt", "mou", "pks", "2026-02-29"), fc.string()),
          ),
          { maxLength: 40 },
        ),
        (entries) => {
          const out = applyFormEntries(bank, fresh(), entries);
          expect(validateResult(JSON.parse(JSON.stringify(out)), bank).ok).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
