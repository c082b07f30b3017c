import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAgainstBank, decodeExport, encodeExport, MAX_IMPORT_BYTES } from "../../../src/lib/assessment/codec-json";
import { tm } from "../../../src/i18n/transfer";
import { bank } from "./bank-fixture";
import { storedResultWithPlan } from "./result-arbitrary";

const known = new Map([["kesiapan", 1]]);
const RUNS = { numRuns: 1000 };

describe("JSON export codec", () => {
  it("encode → decode is the identity (1,000 runs)", () => {
    fc.assert(
      fc.property(storedResultWithPlan, (r) => {
        const decoded = decodeExport(encodeExport(r), known);
        expect(decoded).toEqual({ ok: true, result: r });
        if (decoded.ok) expect(checkAgainstBank(decoded.result, bank)).toEqual({ ok: true, result: r });
      }),
      RUNS,
    );
  });

  it("never throws on arbitrary text (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const d = decodeExport(s, known);
        expect(d.ok).toBe(false);
        if (!d.ok) expect(tm(d.error).length).toBeGreaterThan(10);
      }),
      RUNS,
    );
  });

  it("never throws on arbitrary JSON values, with or without the export marker (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, marked) => {
        const value =
          marked && typeof v === "object" && v !== null && !Array.isArray(v)
            ? { ...v, jenis: "siapmitra-penilaian" }
            : v;
        const d = decodeExport(JSON.stringify(value), known);
        expect(typeof d.ok).toBe("boolean");
      }),
      RUNS,
    );
  });

  it("never throws on a real export with one field replaced by anything (1,000 runs)", () => {
    fc.assert(
      fc.property(
        storedResultWithPlan,
        fc.constantFrom(
          "format",
          "id",
          "bank",
          "answers",
          "evidence",
          "context",
          "actionPlan",
          "createdAt",
          "completedAt",
          "name",
        ),
        fc.anything(),
        (r, field, junk) => {
          const obj = JSON.parse(encodeExport(r)) as Record<string, unknown>;
          obj[field] = junk;
          let text: string;
          try {
            text = JSON.stringify(obj);
          } catch {
            return; // fc.anything() can produce values JSON cannot hold (BigInt)
          }
          const d = decodeExport(text, known);
          if (d.ok) expect(checkAgainstBank(d.result, bank).ok).toBeTypeOf("boolean");
          else expect(tm(d.error)).not.toBe(d.error.key);
        },
      ),
      RUNS,
    );
  });

  it("never throws on truncated exports (1,000 runs)", () => {
    fc.assert(
      fc.property(storedResultWithPlan, fc.double({ min: 0, max: 0.999, noNaN: true }), (r, cut) => {
        const text = encodeExport(r).trimEnd();
        const d = decodeExport(text.slice(0, Math.floor(text.length * cut)), known);
        expect(d).toMatchObject({ ok: false, error: { key: "transfer.import.notJson" } });
      }),
      RUNS,
    );
  });

  const sample = () =>
    JSON.parse(
      encodeExport({
        format: 2,
        id: "p-1",
        bank: { id: "kesiapan", version: 1 },
        answers: { "kebutuhan-1": 4 },
        evidence: {},
        context: { instansi: "", kemitraan: "", jenisMitra: "", tanggal: "" },
        actionPlan: [],
        createdAt: "2026-11-28T00:00:00.000Z",
        updatedAt: "2026-11-28T00:00:00.000Z",
      }),
    ) as Record<string, unknown>;

  it("gives a clear message for each kind of bad file", () => {
    expect(decodeExport("{ not json", known)).toMatchObject({ ok: false, error: { key: "transfer.import.notJson" } });
    expect(decodeExport("[1,2,3]", known)).toMatchObject({ ok: false, error: { key: "transfer.import.notExport" } });
    expect(decodeExport(JSON.stringify({ ...sample(), jenis: "lain" }), known)).toMatchObject({
      error: { key: "transfer.import.notExport" },
    });
    expect(decodeExport(JSON.stringify({ ...sample(), format: 3 }), known)).toMatchObject({
      error: { key: "transfer.migrate.future" },
    });
    expect(decodeExport(JSON.stringify({ ...sample(), bank: { id: "lain", version: 1 } }), known)).toMatchObject({
      error: { key: "transfer.import.unknownBank", params: { id: "lain" } },
    });
    expect(decodeExport(JSON.stringify({ ...sample(), bank: { id: "kesiapan", version: 9 } }), known)).toMatchObject({
      error: { key: "transfer.import.futureBank", params: { id: "kesiapan", version: 9 } },
    });
    expect(decodeExport(" ".repeat(MAX_IMPORT_BYTES + 1), known)).toMatchObject({
      error: { key: "transfer.import.tooLarge" },
    });
    // Multi-byte text: under the limit in characters, over it in bytes.
    expect(decodeExport("é".repeat(MAX_IMPORT_BYTES / 2 + 1), known)).toMatchObject({
      error: { key: "transfer.import.tooLarge" },
    });
    const unknownItem = decodeExport(JSON.stringify({ ...sample(), answers: { "tidak-ada": 3 } }), known);
    expect(unknownItem.ok).toBe(true);
    if (unknownItem.ok)
      expect(checkAgainstBank(unknownItem.result, bank)).toMatchObject({
        ok: false,
        error: { key: "transfer.import.invalid" },
      });
  });

  it("keeps HTML in names as literal text (it is only ever rendered as text)", () => {
    const r = { ...(sample() as object), name: "<img src=x onerror=alert(1)>" };
    const d = decodeExport(JSON.stringify(r), known);
    expect(d.ok && d.result.name).toBe("<img src=x onerror=alert(1)>");
  });

  it("accepts a file saved with a byte order mark", () => {
    expect(decodeExport(`\uFEFF${JSON.stringify(sample())}`, known).ok).toBe(true);
  });
});

describe("older formats", () => {
  it("a format-1 export (before reasons and notes existed) imports without loss, upgraded to the current format", () => {
    const v1 = {
      jenis: "siapmitra-penilaian",
      diekspor: "2026-11-28T00:00:00.000Z",
      format: 1,
      id: "p-1",
      bank: { id: "kesiapan", version: 1 },
      answers: { "kebutuhan-1": 4, "kebutuhan-2": "tb" },
      evidence: { "kebutuhan-1": ["mou"] },
      context: { instansi: "Dinas", kemitraan: "", jenisMitra: "", tanggal: "2026-11-28" },
      actionPlan: [
        { id: "rencana-1", dimension: "", kegiatan: "Rapat", penanggungJawab: "", tenggat: "", status: "belum" },
      ],
      createdAt: "2026-11-28T00:00:00.000Z",
      updatedAt: "2026-11-28T00:00:00.000Z",
      completedAt: "2026-11-28T00:00:00.000Z",
    };
    const d = decodeExport(JSON.stringify(v1), known);
    expect(d.ok).toBe(true);
    if (d.ok) {
      const { jenis: _j, diekspor: _d, ...rest } = v1;
      expect(d.result).toEqual({ ...rest, format: 2 });
    }
  });
});
