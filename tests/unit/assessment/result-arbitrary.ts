// fast-check generators of valid StoredResults for the fixture bank (what a user could really have saved).
import fc from "fast-check";
import type { Answer, StoredResult } from "../../../src/lib/assessment/types";
import { bank } from "./bank-fixture";

const answer = fc.constantFrom<Answer>(1, 2, 3, 4, 5, "tb", "tt");
const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
// Any text a person might type, HTML and formula starts included.
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "=1+1",
    "@SUM(A1)",
    'Dinas "A"; B',
    "Ñusa\u00a0Tenggara 🌴",
  ),
);
const instant = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
const localDay = fc
  .date({ min: new Date(2020, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true })
  .map(
    (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
  );

export const storedResult = fc
  .record({
    id,
    answers: fc.array(fc.option(answer, { nil: undefined }), {
      minLength: bank.items.length,
      maxLength: bank.items.length,
    }),
    evidence: fc.array(fc.subarray(["mou", "pks"]), { minLength: bank.items.length, maxLength: bank.items.length }),
    instansi: text.map((s) => s.slice(0, 200)),
    kemitraan: text.map((s) => s.slice(0, 200)),
    jenisMitra: fc.constantFrom("", "antar-instansi", "antar-daerah"),
    tanggal: fc.oneof(fc.constant(""), localDay),
    createdAt: instant,
    updatedAt: instant,
    completedAt: fc.option(instant, { nil: undefined }),
    name: fc.option(
      text.map((s) => s.slice(0, 200)),
      { nil: undefined },
    ),
  })
  .map((g): StoredResult => {
    const answers: Record<string, Answer> = {};
    const evidence: Record<string, string[]> = {};
    bank.items.forEach((item, i) => {
      const a = g.answers[i];
      if (a !== undefined) answers[item.id] = a;
      const ev = g.evidence[i] ?? [];
      if (ev.length > 0) evidence[item.id] = ev;
    });
    return {
      format: 2 as const,
      id: g.id,
      bank: { id: bank.id, version: bank.version },
      answers,
      evidence,
      context: { instansi: g.instansi, kemitraan: g.kemitraan, jenisMitra: g.jenisMitra, tanggal: g.tanggal },
      actionPlan: [],
      createdAt: g.createdAt,
      updatedAt: g.updatedAt,
      ...(g.completedAt !== undefined ? { completedAt: g.completedAt } : {}),
      ...(g.name !== undefined ? { name: g.name } : {}),
    };
  });

/** With an action plan too (JSON exports carry it; share links do not). */
export const storedResultWithPlan = fc
  .tuple(
    storedResult,
    fc.array(
      fc.record({
        kegiatan: text,
        penanggungJawab: text.map((s) => s.slice(0, 200)),
        tenggat: fc.oneof(fc.constant(""), localDay),
        status: fc.constantFrom("belum" as const, "berjalan" as const, "selesai" as const),
      }),
      { maxLength: 4 },
    ),
  )
  .map(([r, rows]) => ({
    ...r,
    actionPlan: rows.map((row, i) => ({ id: `rencana-${i + 1}`, dimension: "", ...row })),
  }));
