import fc from "fast-check";
import { describe, expect, it } from "vitest";
import registerCore from "../../../src/i18n/id/register";
import registerTools from "../../../src/i18n/id/register-tools";
import { backupProblemKeys } from "../../../src/lib/register/backup";
import { previewCsvImport } from "../../../src/lib/register/csv-import";
import { importFields } from "../../../src/lib/register/import-columns";
import { fileProblemKeys, rowErrorKeys, warningKeys } from "../../../src/lib/register/import-problems";
import { storageProblemKeys } from "../../../src/lib/register/storage";
import { instruments, registerStatuses } from "../../../src/lib/register/types";
import { entryProblemKeys, validateEntry } from "../../../src/lib/register/validate";
import { entry, t, utf8 } from "./support";

// The register's words live in two modules (what the page needs at once, and what loads on demand).
const registerMessages = { ...registerCore, ...registerTools };
const keys = new Set(Object.keys(registerMessages));
const placeholder = /\{\w+\}/;

describe("the register dictionary", () => {
  it("has a text for every code and value the library returns", () => {
    const used: string[] = [
      ...entryProblemKeys,
      ...storageProblemKeys,
      ...backupProblemKeys,
      ...fileProblemKeys,
      ...rowErrorKeys,
      ...warningKeys,
      ...instruments.map((i) => `register.instrument.${i}`),
      ...registerStatuses.map((s) => `register.status.${s}`),
      ...importFields.map((f) => `register.column.${f}`),
      ...["up", "down", "same", "single", "none"].map((x) => `register.trend.${x}`),
    ];
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("keys start with the area, and texts are non-empty", () => {
    for (const [k, v] of Object.entries(registerMessages)) {
      expect(k.startsWith("register.")).toBe(true);
      expect(v.trim()).not.toBe("");
    }
  });

  it("every problem the importer reports reads as a full sentence, all placeholders filled", () => {
    const unit = fc.constantFrom(
      "a",
      ";",
      '"',
      "\r\n",
      "=",
      "-",
      "31/02/2025",
      "03/25/2025",
      "Aktif",
      "??",
      "PKS",
      "X",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (body) => {
        const p = previewCsvImport(
          utf8(`Judul;Mitra;Jenis mitra;Instrumen;Tanggal berakhir;Status;Catatan\r\n${body}\r\n${body}\r\n`),
          { existing: [entry({ name: "a" })], today: "2026-11-28" },
        );
        for (const problem of [...p.problems, ...p.rows.flatMap((r) => r.problems)])
          expect(t(problem.key, problem.params)).not.toMatch(placeholder);
      }),
      { numRuns: 1000 },
    );
  });

  it("every problem of an entry reads with its placeholders filled", () => {
    const r = validateEntry({
      ...entry(),
      name: "x".repeat(999),
      partners: [{ name: "", type: "?" }],
      note: "x".repeat(999),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const p of r.problems) expect(t(p.key, p.params)).not.toMatch(placeholder);
  });
});
