// Evidence notes, "Tidak berlaku" reasons and planning references through every way a result leaves the device:
// JSON export → import, the two CSV files (read back cell by cell) and share links (plain and with a passphrase).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAgainstBank, decodeExport, encodeExport } from "../../../src/lib/assessment/codec-json";
import { dimensionsCsv, itemsCsv } from "../../../src/lib/assessment/codec-csv";
import {
  encodePlain,
  encodeSealed,
  fitShare,
  fragmentLength,
  fromPayload,
  MAX_FRAGMENT,
  parseFragment,
  toPayload,
  unseal,
  type SharePart,
} from "../../../src/lib/assessment/share-link";
import type { PlanningRefs, StoredResult } from "../../../src/lib/assessment/types";
import { csvText, type CsvValue } from "../../../src/lib/csv/encode";
import { parseCsv } from "../../../src/lib/csv/parse";
import { csvLabels } from "../../../src/i18n/share";
import { bank } from "./bank-fixture";
import { expected, planningDates, resultWithNotes } from "./notes-arbitrary";
import { storedResult } from "./result-arbitrary";

const RUNS = { numRuns: 1000 };
const known = new Map([[bank.id, bank.version]]);
const labels = csvLabels();
const evidenceLabel = new Map(bank.evidence.map((e) => [e.id, e.label]));

describe("JSON export → import", () => {
  it("carries notes, reasons and planning references, trimmed and only where they apply (1,000 runs)", () => {
    fc.assert(
      fc.property(resultWithNotes, (r) => {
        const want = expected(r);
        const d = decodeExport(encodeExport(r), known);
        expect(d).toEqual({ ok: true, result: want });
        if (!d.ok) return;
        expect(checkAgainstBank(d.result, bank)).toEqual({ ok: true, result: want });
        // Exporting the imported result again gives the same result: nothing drifts on a second trip.
        expect(decodeExport(encodeExport(d.result), known)).toEqual({ ok: true, result: want });
      }),
      RUNS,
    );
  });

  it("keeps the instrument's two dates exactly (1,000 runs)", () => {
    fc.assert(
      fc.property(storedResult, planningDates, (r, [tanggal, berakhir]) => {
        const rujukan: PlanningRefs = {
          mitra: [],
          instrumen: { jenis: "pks", nomor: "119/PKS/2025", tanggal, berakhir },
          sasaran: "",
          program: "",
          kegiatan: "",
          subKegiatan: "",
          anggaran: "",
        };
        const d = decodeExport(encodeExport({ ...r, rujukan }), known);
        expect(d.ok && d.result.rujukan?.instrumen).toEqual({ jenis: "pks", nomor: "119/PKS/2025", tanggal, berakhir });
      }),
      RUNS,
    );
  });

  it("refuses an end date before the signing date, with the validator's message", () => {
    const r = fc.sample(storedResult, 1)[0]!;
    const file = JSON.parse(encodeExport(r)) as Record<string, unknown>;
    file["rujukan"] = {
      mitra: [],
      instrumen: { jenis: "mou", nomor: "", tanggal: "2025-03-12", berakhir: "2025-03-11" },
    };
    expect(decodeExport(JSON.stringify(file), known)).toMatchObject({
      ok: false,
      error: { key: "transfer.import.invalid" },
      problems: [{ key: "transfer.problem.endBeforeStart" }],
    });
  });
});

/** The planning cells as the CSV should hold them, computed here from the expected references. */
function planningCells(p: PlanningRefs | undefined): CsvValue[] {
  if (!p) return Array.from({ length: 10 }, () => null);
  return [
    p.mitra
      .filter((m) => m.nama !== "")
      .map((m) => (m.jenis === "" ? m.nama : `${m.nama} (${labels.partnerType(m.jenis)})`))
      .join("\n"),
    p.instrumen.jenis === "" ? null : labels.instrumentKinds[p.instrumen.jenis],
    p.instrumen.nomor,
    p.instrumen.tanggal,
    p.instrumen.berakhir,
    p.sasaran,
    p.program,
    p.kegiatan,
    p.subKegiatan,
    p.anggaran,
  ];
}

describe("CSV export (read back with the CSV parser)", () => {
  it("per statement: evidence notes, reason and planning cells hold exactly what was written (1,000 runs)", () => {
    fc.assert(
      fc.property(resultWithNotes, (r) => {
        const want = expected(r);
        const { bom, rows } = parseCsv(itemsCsv(bank, r, labels));
        expect(bom).toBe(true);
        expect(rows).toHaveLength(bank.items.length + 1);
        const header = rows[0]!;
        const at = header.indexOf("Catatan bukti");
        expect(header.slice(at)).toEqual([...labels.itemNotes, ...labels.planning]);
        const planning = planningCells(want.rujukan).map(csvText);
        bank.items.forEach((item, i) => {
          const row = rows[i + 1]!;
          expect(row).toHaveLength(header.length);
          const notes = (want.evidence[item.id] ?? []).flatMap((e) => {
            const note = want.catatanBukti?.[item.id]?.[e];
            return note === undefined ? [] : [`${evidenceLabel.get(e)}: ${note}`];
          });
          expect(row[at]).toBe(csvText(notes.join("\n")));
          expect(row[at + 1]).toBe(csvText(want.alasan?.[item.id] ?? null));
          expect(row.slice(at + 2)).toEqual(planning);
        });
      }),
      RUNS,
    );
  });

  it("per dimension: the planning cells close every row, the overall row too (1,000 runs)", () => {
    fc.assert(
      fc.property(resultWithNotes, (r) => {
        const { rows } = parseCsv(dimensionsCsv(bank, r, labels));
        const planning = planningCells(expected(r).rujukan).map(csvText);
        expect(rows[0]!.slice(-10)).toEqual(labels.planning);
        for (const row of rows.slice(1)) {
          expect(row).toHaveLength(rows[0]!.length);
          expect(row.slice(-10)).toEqual(planning);
        }
      }),
      RUNS,
    );
  });
});

/** The result field each optional link part carries. */
const partField: Record<SharePart, keyof StoredResult> = {
  evidenceNotes: "catatanBukti",
  reasons: "alasan",
  planning: "rujukan",
};

/** What a link decodes to: the expected export without the action plan and without the parts left out. */
function linked(r: StoredResult, omitted: readonly SharePart[]): StoredResult {
  const want: StoredResult = { ...expected(r), actionPlan: [] };
  for (const part of omitted) delete want[partField[part]];
  return want;
}

describe("share link encode → decode", () => {
  it("plain: everything that fits comes back, and only what would not fit is left out (1,000 runs)", () => {
    fc.assert(
      fc.property(resultWithNotes, (r) => {
        const { payload, omitted } = fitShare(bank, r, false);
        const fragment = encodePlain(payload);
        expect(fragment.length).toBe(fragmentLength(payload, false));
        expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT);
        if (omitted.length > 0) expect(fragmentLength(toPayload(bank, r), false)).toBeGreaterThan(MAX_FRAGMENT);
        const parsed = parseFragment(`#${fragment}`);
        expect(parsed.kind).toBe("plain");
        if (parsed.kind === "plain")
          expect(fromPayload(parsed.payload, bank)).toEqual({ ok: true, result: linked(r, omitted) });
      }),
      RUNS,
    );
  });

  it("with a passphrase: the same, and the predicted length is exact (1,000 runs, 1 PBKDF2 iteration)", async () => {
    await fc.assert(
      fc.asyncProperty(resultWithNotes, async (r) => {
        const { payload, omitted } = fitShare(bank, r, true);
        const fragment = await encodeSealed(payload, "kata sandi", 1);
        expect(fragment.length).toBe(fragmentLength(payload, true));
        expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT);
        const parsed = parseFragment(fragment);
        if (parsed.kind !== "sealed") throw new Error("expected a sealed link");
        const opened = await unseal(parsed.sealed, "kata sandi", 1);
        expect(opened.ok && fromPayload(opened.payload, bank)).toEqual({ ok: true, result: linked(r, omitted) });
      }),
      RUNS,
    );
  });
});
