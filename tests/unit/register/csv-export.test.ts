import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv/parse";
import { confirmImport, previewCsvImport } from "../../../src/lib/register/csv-import";
import { registerCsv, registerFileName } from "../../../src/lib/register/csv-export";
import { importFields } from "../../../src/lib/register/import-columns";
import type { RegisterEntry } from "../../../src/lib/register/types";
import { entry, entryArb, text, utf8 } from "./support";

const now = new Date("2026-11-28T03:15:00.000Z");
/** What an import can restore: everything but the id, timestamps and links (those belong to this device). */
const content = ({ id: _i, createdAt: _c, updatedAt: _u, assessmentIds: _a, ...rest }: RegisterEntry) => rest;

describe("registerCsv", () => {
  it("writes the site's CSV: BOM, ';', CRLF, dictionary headers, labels and YYYY-MM-DD dates", () => {
    const csv = registerCsv(
      [
        entry({
          name: "Layanan data",
          partners: [
            { name: "Dinas A", type: "antar-instansi" },
            { name: "PT B", type: "lainnya" },
          ],
          instrument: "mou",
          number: "1/MoU/2025",
          signedOn: "2025-03-12",
          endsOn: "2027-03-12",
          status: "dalam-perpanjangan",
          reviewOn: "2026-03-01",
          note: "=catatan",
        }),
      ],
      text,
    );
    expect(csv.startsWith("\uFEFFNama kemitraan;Mitra;Jenis mitra;Instrumen;Nomor;Tanggal penandatanganan;")).toBe(
      true,
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    const { rows } = parseCsv(csv);
    expect(rows[1]).toEqual([
      "Layanan data",
      "Dinas A\nPT B",
      "Antarinstansi\nLainnya",
      "MoU",
      "1/MoU/2025",
      "2025-03-12",
      "2027-03-12",
      "Bagian Kerja Sama",
      "Dalam perpanjangan",
      "2026-03-01",
      "'=catatan",
    ]);
  });

  it("lists entries in the default order (by end date)", () => {
    const rows = parseCsv(
      registerCsv([entry({ name: "B", endsOn: "" }), entry({ name: "A", endsOn: "2027-01-01" })], text),
    ).rows;
    expect(rows.slice(1).map((r) => r[0])).toEqual(["A", "B"]);
  });

  it("every export header maps back to its field in the import", () => {
    const p = previewCsvImport(utf8(registerCsv([entry()], text)));
    expect(p.mapping).toEqual([...importFields]);
  });

  it("round-trips: export → import → the same entries", () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.id, minLength: 1, maxLength: 12 }), (list) => {
        // Distinct numbers and names, so the duplicate rule does not (rightly) hold back a row.
        const entries = list.map((e, i) => ({
          ...e,
          name: `${e.name} ${i}`,
          number: e.number ? `${e.number} ${i}` : "",
        }));
        const p = previewCsvImport(utf8(registerCsv(entries, text)), { today: "2026-11-28" });
        expect(p.problems).toEqual([]);
        expect(p.rows.flatMap((r) => r.problems.filter((x) => x.severity === "error"))).toEqual([]);
        const back = confirmImport(
          p,
          p.rows.map((r) => r.row),
          { now },
        );
        const sortKey = (e: RegisterEntry) => e.name;
        expect(
          back.entries
            .map(content)
            .sort((a, b) => sortKey(a as RegisterEntry).localeCompare(sortKey(b as RegisterEntry))),
        ).toEqual(
          entries.map(content).sort((a, b) => sortKey(a as RegisterEntry).localeCompare(sortKey(b as RegisterEntry))),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("names the file with the local export date", () => {
    expect(registerFileName("2026-11-28", "csv")).toBe("siapmitra-daftar-kemitraan-2026-11-28.csv");
  });
});
