import { describe, expect, it } from "vitest";
import { validateBank, validateResult } from "../../../src/lib/assessment/validate";
import { newResult, setAnswer, toggleEvidence } from "../../../src/lib/assessment/result";
import { tm } from "../../../src/i18n/transfer";
import { bank } from "./bank-fixture";

const valid = () => {
  let r = newResult(bank, new Date("2026-11-28T01:00:00Z"));
  r = setAnswer(r, "kebutuhan-1", 4);
  r = setAnswer(r, "kebutuhan-2", "tt");
  r = toggleEvidence(r, "kebutuhan-1", "mou", true);
  return {
    ...r,
    context: { instansi: "Dinas A", kemitraan: "Kerja sama B", jenisMitra: "antar-instansi", tanggal: "2026-11-28" },
    actionPlan: [
      {
        id: "rencana-1",
        dimension: "",
        kegiatan: "Rapat",
        penanggungJawab: "Sekretaris",
        tenggat: "2026-12-31",
        status: "belum" as const,
      },
    ],
  };
};

/** A failed check with its problems in the words the user reads. */
const rendered = (c: ReturnType<typeof validateResult>) => (c.ok ? c : { ok: false, problems: c.problems.map(tm) });

describe("validateResult", () => {
  it("accepts a well-formed result and round-trips it through JSON", () => {
    const r = valid();
    const checked = validateResult(JSON.parse(JSON.stringify(r)), bank);
    expect(checked).toEqual({ ok: true, value: r });
  });

  it("rejects non-objects and unknown formats with Indonesian messages", () => {
    expect(rendered(validateResult("x"))).toEqual({ ok: false, problems: ["Data penilaian tidak terbaca."] });
    expect(rendered(validateResult({ ...valid(), format: 3 }))).toEqual({
      ok: false,
      problems: ["Data ini dibuat oleh versi SiapMitra yang lebih baru."],
    });
    expect(rendered(validateResult({ ...valid(), format: "1" }))).toMatchObject({
      ok: false,
      problems: ["Format data penilaian tidak dikenal."],
    });
  });

  it("rejects bad answers, unknown items, bad evidence and another bank", () => {
    const problems = (v: unknown) => {
      const c = validateResult(v, bank);
      return c.ok ? [] : c.problems.map(tm);
    };
    expect(problems({ ...valid(), answers: { "kebutuhan-1": 6 } })).toEqual(["Jawaban tidak valid untuk kebutuhan-1."]);
    expect(problems({ ...valid(), answers: { "tidak-ada": 3 } })).toEqual(["Pernyataan tidak dikenal: tidak-ada."]);
    expect(problems({ ...valid(), evidence: { "kebutuhan-1": ["dpa"] } })).toEqual([
      "Bukti pendukung untuk kebutuhan-1 tidak valid.",
    ]);
    expect(problems({ ...valid(), bank: { id: "kesehatan", version: 1 } })).toEqual([
      "Data ini untuk bank kesehatan@1, bukan kesiapan@1.",
    ]);
  });

  it("rejects bad dates, text and action rows", () => {
    const c = validateResult({
      ...valid(),
      context: { instansi: "x".repeat(201), tanggal: "2026-02-30" },
      actionPlan: [
        { id: "a", dimension: "", kegiatan: "k", penanggungJawab: "", tenggat: "31/12/2026", status: "belum" },
      ],
      createdAt: "kemarin",
    });
    expect(c.ok).toBe(false);
    if (!c.ok)
      expect(c.problems.map(tm)).toEqual([
        'Isian "instansi" terlalu panjang atau bukan teks.',
        "Tanggal penilaian harus berbentuk TTTT-BB-HH.",
        "Baris rencana aksi 1 berisi nilai yang tidak valid.",
        "Waktu pembuatan tidak valid.",
      ]);
  });

  it("keeps HTML in names as plain text (rendering escapes it) and drops unknown fields", () => {
    const c = validateResult({ ...valid(), name: "<img src=x onerror=alert(1)>", extra: { evil: true } }, bank);
    expect(c.ok && c.value.name).toBe("<img src=x onerror=alert(1)>");
    expect(c.ok && "extra" in c.value).toBe(false);
  });
});

describe("validateBank", () => {
  it("accepts the bank shape and rejects a broken one", () => {
    expect(validateBank(JSON.parse(JSON.stringify(bank))).ok).toBe(true);
    expect(validateBank({ id: "x" })).toMatchObject({ ok: false });
    expect(validateBank({ ...bank, items: [{ id: "a", dimension: "nope", evidence: [] }] })).toMatchObject({
      ok: false,
    });
  });
});
