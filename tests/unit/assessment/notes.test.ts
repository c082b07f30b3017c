// Evidence notes and planning references in a result: how the form's updates store them, what leaves the device,
// how the CSV writes them, and that files from before they existed still import unchanged.
import { describe, expect, it } from "vitest";
import { decodeExport, encodeExport } from "../../../src/lib/assessment/codec-json";
import { dimensionsCsv, itemsCsv } from "../../../src/lib/assessment/codec-csv";
import { withOutgoingNotes } from "../../../src/lib/assessment/notes";
import { isEmptyPlanning, namedPartners } from "../../../src/lib/assessment/planning";
import { newResult, setAnswer, setEvidenceNote, setPlanning, toggleEvidence } from "../../../src/lib/assessment/result";
import { MAX_NOTE, type PlanningRefs, type StoredResult } from "../../../src/lib/assessment/types";
import { emptyPlanning, planningDateProblem } from "../../../src/lib/assessment/validate-notes";
import { mapToVersion } from "../../../src/lib/assessment/versions";
import { parseCsv } from "../../../src/lib/csv/parse";
import { csvLabels } from "../../../src/i18n/share";
import { tm } from "../../../src/i18n/transfer";
import { bank, fill } from "./bank-fixture";

const known = new Map([[bank.id, bank.version]]);
const at = new Date("2026-12-01T03:00:00Z");
const base = (): StoredResult => ({
  ...newResult(bank, new Date("2026-11-28T03:00:00Z")),
  id: "p-catatan",
  answers: fill("kebutuhan", [4, "tb", 5, 2]),
  evidence: { "kebutuhan-1": ["mou", "pks"] },
});

const refs: PlanningRefs = {
  mitra: [
    { nama: "Universitas Contoh", jenis: "pendidikan-industri" },
    { nama: "  ", jenis: "" },
    { nama: 'PT Mitra; "Sejahtera"', jenis: "" },
  ],
  instrumen: { jenis: "pks", nomor: "119/PKS/2025", tanggal: "2025-03-12", berakhir: "2028-03-11" },
  sasaran: "Meningkatnya cakupan layanan data terpadu",
  program: "Program Pengelolaan Aplikasi Informatika",
  kegiatan: "Pengelolaan Sistem Informasi",
  subKegiatan: "Pengelolaan Data Terpadu",
  anggaran: "5.2.02.01 Belanja Jasa",
};

describe("evidence notes in the result", () => {
  it("are set per item and evidence, replaced, and removed with nothing left behind when cleared", () => {
    let r = setEvidenceNote(base(), "kebutuhan-1", "pks", "PKS No. 119/PKS/2025", at);
    expect(r.catatanBukti).toEqual({ "kebutuhan-1": { pks: "PKS No. 119/PKS/2025" } });
    expect(r.updatedAt).toBe(at.toISOString());
    r = setEvidenceNote(r, "kebutuhan-1", "mou", "MoU 12 Maret 2025");
    r = setEvidenceNote(r, "kebutuhan-1", "pks", "PKS No. 120/PKS/2025");
    expect(r.catatanBukti).toEqual({ "kebutuhan-1": { mou: "MoU 12 Maret 2025", pks: "PKS No. 120/PKS/2025" } });
    r = setEvidenceNote(r, "kebutuhan-1", "mou", "");
    expect(r.catatanBukti).toEqual({ "kebutuhan-1": { pks: "PKS No. 120/PKS/2025" } });
    r = setEvidenceNote(r, "kebutuhan-1", "pks", "");
    expect(r.catatanBukti).toBeUndefined();
  });

  it("are cut at MAX_NOTE characters, never in the middle of an emoji", () => {
    const long = setEvidenceNote(base(), "kebutuhan-1", "mou", "a".repeat(MAX_NOTE + 50));
    expect(long.catatanBukti?.["kebutuhan-1"]?.["mou"]).toHaveLength(MAX_NOTE);
    const emoji = setEvidenceNote(base(), "kebutuhan-1", "mou", `${"a".repeat(MAX_NOTE - 1)}🌴`);
    expect(emoji.catatanBukti?.["kebutuhan-1"]?.["mou"]).toBe("a".repeat(MAX_NOTE - 1));
  });

  it("stay hidden in the draft when the evidence is unticked and come back when it is ticked again", () => {
    let r = setEvidenceNote(base(), "kebutuhan-1", "mou", "MoU 12 Maret 2025");
    r = toggleEvidence(r, "kebutuhan-1", "mou", false);
    expect(r.catatanBukti?.["kebutuhan-1"]?.["mou"]).toBe("MoU 12 Maret 2025");
    // Never outside the device while hidden: not in the export file, not in what an import reads.
    expect(withOutgoingNotes(r).catatanBukti).toBeUndefined();
    expect(encodeExport(r)).not.toContain("MoU 12 Maret 2025");
    r = toggleEvidence(r, "kebutuhan-1", "mou", true);
    expect(withOutgoingNotes(r).catatanBukti).toEqual({ "kebutuhan-1": { mou: "MoU 12 Maret 2025" } });
  });

  it("leave the device trimmed, with reasons only for Tidak berlaku answers", () => {
    let r = setEvidenceNote(base(), "kebutuhan-1", "pks", "  PKS 119  ");
    r = { ...r, alasan: { "kebutuhan-2": " Tidak ada data. ", "kebutuhan-3": "bukan tb" } };
    const out = withOutgoingNotes(r);
    expect(out.catatanBukti).toEqual({ "kebutuhan-1": { pks: "PKS 119" } });
    expect(out.alasan).toEqual({ "kebutuhan-2": "Tidak ada data." });
    // Changing the answer away from Tidak berlaku drops its reason at once (the reason explains that answer).
    expect(setAnswer(r, "kebutuhan-2", 3).alasan).toEqual({ "kebutuhan-3": "bukan tb" });
  });
});

describe("planning references in the result", () => {
  it("are stored as given, and nothing filled in is stored as nothing", () => {
    expect(setPlanning(base(), refs, at).rujukan).toEqual(refs);
    expect(setPlanning(setPlanning(base(), refs), emptyPlanning()).rujukan).toBeUndefined();
    // A blank partner row the user added is kept (the form shows it again), though it names no partner.
    const blankRow = { ...emptyPlanning(), mitra: [{ nama: "", jenis: "" }] };
    expect(isEmptyPlanning(blankRow)).toBe(false);
    expect(namedPartners(blankRow)).toEqual([]);
    expect(namedPartners(refs).map((m) => m.nama)).toEqual(["Universitas Contoh", 'PT Mitra; "Sejahtera"']);
  });

  it("have one date rule, shared by the form and the import, with an Indonesian message", () => {
    expect(planningDateProblem({ tanggal: "2025-03-12", berakhir: "2025-03-11" })).toBe(
      "transfer.problem.endBeforeStart",
    );
    expect(planningDateProblem({ tanggal: "2025-03-12", berakhir: "2025-03-12" })).toBeUndefined();
    expect(planningDateProblem({ tanggal: "", berakhir: "2025-03-11" })).toBeUndefined();
    expect(tm({ key: "transfer.problem.endBeforeStart" })).toBe(
      "Tanggal berakhir kesepakatan tidak boleh sebelum tanggal penandatanganan.",
    );
  });
});

describe("CSV columns for notes and planning references", () => {
  const r = setEvidenceNote(
    setEvidenceNote(
      { ...setPlanning(base(), refs), alasan: { "kebutuhan-2": "=Tidak ada data bersama" } },
      "kebutuhan-1",
      "mou",
      "MoU 12 Maret 2025",
    ),
    "kebutuhan-1",
    "pks",
    "https://drive.example/pks;119",
  );

  it("per statement: appended after the existing columns, notes one per line, formula starts made harmless", () => {
    const { rows } = parseCsv(itemsCsv(bank, r, csvLabels()));
    expect(rows[0]!.slice(10)).toEqual([
      "Catatan bukti",
      "Alasan tidak berlaku",
      "Mitra",
      "Jenis kesepakatan",
      "Nomor kesepakatan",
      "Tanggal penandatanganan",
      "Tanggal berakhir",
      "Sasaran RPJMD/Renstra",
      "Program",
      "Kegiatan",
      "Sub-kegiatan",
      "Baris RKA/DPA",
    ]);
    const planning = [
      'Universitas Contoh (Pendidikan–industri)\nPT Mitra; "Sejahtera"',
      "Perjanjian Kerja Sama (PKS)",
      "119/PKS/2025",
      "2025-03-12",
      "2028-03-11",
      "Meningkatnya cakupan layanan data terpadu",
      "Program Pengelolaan Aplikasi Informatika",
      "Pengelolaan Sistem Informasi",
      "Pengelolaan Data Terpadu",
      "5.2.02.01 Belanja Jasa",
    ];
    expect(rows[1]!.slice(10)).toEqual(["MoU: MoU 12 Maret 2025\nPKS: https://drive.example/pks;119", "", ...planning]);
    expect(rows[2]!.slice(10)).toEqual(["", "'=Tidak ada data bersama", ...planning]);
    for (const row of rows.slice(1)) expect(row.slice(12)).toEqual(planning);
  });

  it("per dimension: the planning references close every row; empty cells when there are none", () => {
    const { rows } = parseCsv(dimensionsCsv(bank, r, csvLabels()));
    expect(rows[0]!.slice(12)).toEqual(csvLabels().planning);
    for (const row of rows.slice(1)) expect(row[14]).toBe("119/PKS/2025");
    const none = parseCsv(dimensionsCsv(bank, base(), csvLabels())).rows;
    for (const row of none.slice(1)) expect(row.slice(12)).toEqual(Array.from({ length: 10 }, () => ""));
  });
});

describe("files from before notes existed", () => {
  it("a format-2 file without any of the optional fields imports unchanged", () => {
    const file = {
      jenis: "siapmitra-penilaian",
      diekspor: "2026-12-01T00:00:00.000Z",
      format: 2,
      id: "p-lama",
      bank: { id: "kesiapan", version: 1 },
      answers: { "kebutuhan-1": 4, "kebutuhan-2": "tb" },
      evidence: { "kebutuhan-1": ["mou"] },
      context: { instansi: "Dinas", kemitraan: "", jenisMitra: "", tanggal: "2026-11-28" },
      actionPlan: [],
      createdAt: "2026-11-28T00:00:00.000Z",
      updatedAt: "2026-11-28T00:00:00.000Z",
    };
    const d = decodeExport(JSON.stringify(file), known);
    const { jenis: _j, diekspor: _d, ...rest } = file;
    expect(d).toEqual({ ok: true, result: rest });
    expect(d.ok && Object.keys(d.result)).not.toContain("catatanBukti");
  });

  it("a saved format-2 file with notes and references reads back field for field", () => {
    const text = `{
  "jenis": "siapmitra-penilaian",
  "diekspor": "2026-12-01T00:00:00.000Z",
  "format": 2,
  "id": "p-catatan",
  "bank": { "id": "kesiapan", "version": 1 },
  "answers": { "kebutuhan-1": 4, "kebutuhan-2": "tb" },
  "evidence": { "kebutuhan-1": ["mou", "pks"] },
  "context": { "instansi": "Bappeda", "kemitraan": "", "jenisMitra": "", "tanggal": "2026-11-28" },
  "actionPlan": [],
  "createdAt": "2026-11-28T00:00:00.000Z",
  "updatedAt": "2026-11-28T00:00:00.000Z",
  "alasan": { "kebutuhan-2": "Tidak ada data yang dibagikan." },
  "catatanBukti": { "kebutuhan-1": { "mou": "MoU No. 7/2025, 12 Maret 2025", "pks": "<b>PKS</b> 119" } },
  "rujukan": {
    "mitra": [{ "nama": "Universitas Contoh", "jenis": "riset" }],
    "instrumen": { "jenis": "mou", "nomor": "7/2025", "tanggal": "2025-03-12", "berakhir": "2030-03-11" },
    "sasaran": "Sasaran 2.1", "program": "", "kegiatan": "", "subKegiatan": "", "anggaran": ""
  }
}`;
    const d = decodeExport(text, known);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.result.alasan).toEqual({ "kebutuhan-2": "Tidak ada data yang dibagikan." });
    expect(d.result.catatanBukti).toEqual({
      "kebutuhan-1": { mou: "MoU No. 7/2025, 12 Maret 2025", pks: "<b>PKS</b> 119" },
    });
    expect(d.result.rujukan?.instrumen).toEqual({
      jenis: "mou",
      nomor: "7/2025",
      tanggal: "2025-03-12",
      berakhir: "2030-03-11",
    });
    expect(d.result.rujukan?.mitra).toEqual([{ nama: "Universitas Contoh", jenis: "riset" }]);
  });

  it("a note over the limit or of the wrong kind is a problem with its own message, not a silent loss", () => {
    const file = JSON.parse(encodeExport(base())) as Record<string, unknown>;
    file["catatanBukti"] = { "kebutuhan-1": { mou: "x".repeat(MAX_NOTE + 1) } };
    const d = decodeExport(JSON.stringify(file), known);
    expect(d).toMatchObject({ ok: false, problems: [{ key: "transfer.problem.evidenceNote" }] });
    if (!d.ok) expect(tm(d.problems[0]!)).toBe("Catatan bukti untuk kebutuhan-1 terlalu panjang atau bukan teks.");
  });

  it("a result of an older bank version keeps its notes when mapped onto the newer one, beside evidence that carries", () => {
    const v2 = {
      ...bank,
      version: 2,
      items: bank.items
        .filter((i) => i.id !== "kebutuhan-3")
        .map((i) => (i.id === "kebutuhan-1" ? { ...i, evidence: i.evidence.filter((e) => e !== "pks") } : i)),
    };
    const old: StoredResult = {
      ...base(),
      evidence: { "kebutuhan-1": ["mou", "pks"], "kebutuhan-3": ["mou"] },
      catatanBukti: { "kebutuhan-1": { mou: "MoU No. 7/2025", pks: "PKS 119" }, "kebutuhan-3": { mou: "Dihapus" } },
      rujukan: refs,
    };
    const { result } = mapToVersion(old, bank, v2);
    expect(result.evidence).toEqual({ "kebutuhan-1": ["mou"] });
    expect(result.catatanBukti).toEqual({ "kebutuhan-1": { mou: "MoU No. 7/2025" } });
    expect(result.rujukan).toEqual(refs);
    const { catatanBukti: _notes, ...withoutNotes } = old;
    expect(mapToVersion(withoutNotes, bank, v2).result).not.toHaveProperty("catatanBukti");
  });
});
