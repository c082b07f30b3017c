// Notes and planning references in share links: the optional payload fields, their checks, what is left out when a
// link would be too long, and the lengths of a full 46-statement result (reported in the closing note).
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import {
  checkPayload,
  encodePlain,
  encodeSealed,
  fitShare,
  fragmentLength,
  fromPayload,
  MAX_FRAGMENT,
  parseFragment,
  shareErrors,
  toPayload,
} from "../../../src/lib/assessment/share-link";
import { answerValues, type Answer, type BankData, type StoredResult } from "../../../src/lib/assessment/types";
import { bank } from "./bank-fixture";

const r0: StoredResult = {
  format: 2,
  id: "p-tautan",
  bank: { id: bank.id, version: bank.version },
  answers: { "kebutuhan-1": 4, "kebutuhan-2": "tb", "kebutuhan-3": 5 },
  evidence: { "kebutuhan-1": ["pks"], "kebutuhan-3": ["mou", "pks"] },
  context: { instansi: "Dinas", kemitraan: "", jenisMitra: "", tanggal: "2026-11-28" },
  actionPlan: [],
  createdAt: "2026-11-28T00:00:00.000Z",
  updatedAt: "2026-11-28T00:00:00.000Z",
  alasan: { "kebutuhan-2": "Tidak ada data." },
  catatanBukti: { "kebutuhan-1": { pks: "PKS 119", mou: "tersembunyi" }, "kebutuhan-3": { pks: "PKS 120" } },
  rujukan: {
    mitra: [{ nama: "Universitas Contoh", jenis: "riset" }],
    instrumen: { jenis: "pks", nomor: "119", tanggal: "2025-03-12", berakhir: "2026-03-11" },
    sasaran: "Sasaran 2.1",
    program: "",
    kegiatan: "",
    subKegiatan: "",
    anggaran: "",
  },
};

describe("share payload fields for notes", () => {
  it("address notes by item and evidence position, and leave hidden notes out", () => {
    const p = toPayload(bank, r0);
    expect(p.o).toEqual([[1, "Tidak ada data."]]);
    // kebutuhan-1 is item 0 and pks its evidence 1; the note beside unticked mou stays on the device.
    expect(p.m).toEqual([
      [0, 1, "PKS 119"],
      [2, 1, "PKS 120"],
    ]);
    expect(p.p).toEqual(r0.rujukan);
    const { mou: _hidden, ...shown } = r0.catatanBukti!["kebutuhan-1"]!;
    expect(fromPayload(p, bank)).toEqual({
      ok: true,
      result: { ...r0, catatanBukti: { ...r0.catatanBukti, "kebutuhan-1": shown } },
    });
  });

  it("a link from before notes existed (no o, m or p) still opens", () => {
    const { o: _o, m: _m, p: _p, ...old } = toPayload(bank, r0);
    const parsed = parseFragment(encodePlain(old));
    expect(parsed.kind === "plain" && fromPayload(parsed.payload, bank)).toMatchObject({
      ok: true,
      result: { answers: r0.answers, evidence: r0.evidence },
    });
    if (parsed.kind === "plain") {
      const d = fromPayload(parsed.payload, bank);
      expect(d.ok && [d.result.alasan, d.result.catatanBukti, d.result.rujukan]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it("refuse malformed note fields and positions outside the bank as a damaged link", () => {
    const p = toPayload(bank, r0);
    for (const bad of [
      { o: "x" },
      { o: [[1]] },
      { o: [[-1, "x"]] },
      { o: [[1.5, "x"]] },
      { o: [[1, 5]] },
      { m: [[0, "1", "x"]] },
      { m: [[0, 1, "x".repeat(601)]] },
      { p: "rujukan" },
      { p: [1] },
    ])
      expect(checkPayload({ ...p, ...bad })).toEqual({ ok: false, error: shareErrors.damaged });
    expect(fromPayload({ ...p, o: [[99, "x"]] }, bank)).toEqual({ ok: false, error: shareErrors.damaged });
    expect(fromPayload({ ...p, m: [[0, 2, "x"]] }, bank)).toEqual({ ok: false, error: shareErrors.damaged });
    const badDates = { ...r0.rujukan!, instrumen: { ...r0.rujukan!.instrumen, berakhir: "2025-01-01" } };
    expect(fromPayload({ ...p, p: badDates }, bank)).toEqual({ ok: false, error: shareErrors.damaged });
  });
});

describe("fitting a link within MAX_FRAGMENT", () => {
  // Every character a control character: JSON writes each as six ("\u0001"), the worst case for length.
  const heavy = "\u0001".repeat(300);
  const withNotes = (note: string, reason = "Tidak ada data."): StoredResult => ({
    ...r0,
    answers: Object.fromEntries(bank.items.map((i) => [i.id, "tb" as Answer])),
    evidence: Object.fromEntries(bank.items.map((i) => [i.id, ["mou", "pks"]])),
    alasan: Object.fromEntries(bank.items.map((i) => [i.id, reason])),
    catatanBukti: Object.fromEntries(bank.items.map((i) => [i.id, { mou: note, pks: note }])),
  });

  it("keeps everything when it fits", () => {
    expect(fitShare(bank, withNotes("PKS No. 119/PKS/2025, 12 Maret 2025"), false).omitted).toEqual([]);
  });

  it("leaves out the largest part first, then the next, and says which", () => {
    const notesOnly = fitShare(bank, withNotes(heavy), false);
    expect(notesOnly.omitted).toEqual(["evidenceNotes"]);
    expect(notesOnly.payload.o).toBeDefined();
    expect(notesOnly.payload.p).toBeDefined();
    const both = fitShare(bank, withNotes(heavy, heavy), true);
    expect(both.omitted).toEqual(["evidenceNotes", "reasons"]);
    expect(both.payload.p).toEqual(r0.rujukan);
    for (const fitted of [notesOnly, both])
      expect(fragmentLength(fitted.payload, fitted === both)).toBeLessThanOrEqual(MAX_FRAGMENT);
  });

  it("predicts the fragment's length exactly, plain and sealed", async () => {
    for (const note of ["", "PKS 119", heavy, "🌴".repeat(150)]) {
      const p = toPayload(bank, withNotes(note || "x"));
      expect(encodePlain(p)).toHaveLength(fragmentLength(p, false));
      expect(await encodeSealed(p, "sandi", 1)).toHaveLength(fragmentLength(p, true));
    }
  });
});

describe("share link length of a full 46-statement result (kesiapan@2)", () => {
  const yaml = parseYaml(readFileSync("content/assessment/kesiapan@2.yaml", "utf8")) as {
    id: string;
    version: number;
    items: { id: string; evidence: string[] }[];
    evidence: { id: string; label: string }[];
  };
  const real = { ...bank, id: yaml.id, version: yaml.version, items: yaml.items, evidence: yaml.evidence } as BankData;
  const full = (note: (i: number, k: number) => string): StoredResult => ({
    format: 2,
    id: "p-0123456789abcdef",
    bank: { id: real.id, version: real.version },
    answers: Object.fromEntries(real.items.map((it, i): [string, Answer] => [it.id, answerValues[i % 5]!])),
    evidence: Object.fromEntries(real.items.map((it) => [it.id, it.evidence])),
    context: {
      instansi: "Dinas Komunikasi dan Informatika Kabupaten Contoh",
      kemitraan: "Kemitraan pengelolaan data terpadu 2026",
      jenisMitra: "antar-instansi",
      tanggal: "2026-11-28",
    },
    actionPlan: [],
    createdAt: "2026-11-28T01:02:03.456Z",
    updatedAt: "2026-11-28T02:02:03.456Z",
    completedAt: "2026-11-28T02:02:03.456Z",
    catatanBukti: Object.fromEntries(
      real.items.map((it, i) => [it.id, Object.fromEntries(it.evidence.map((e, k) => [e, note(i, k)]))]),
    ),
    rujukan: {
      mitra: [
        { nama: "Universitas Negeri Contoh", jenis: "pendidikan-industri" },
        { nama: "Badan Pusat Statistik Kabupaten Contoh", jenis: "antar-instansi" },
      ],
      instrumen: { jenis: "pks", nomor: "119/PKS/DISKOMINFO/2025", tanggal: "2025-03-12", berakhir: "2028-03-11" },
      sasaran: "Meningkatnya kualitas tata kelola data dan informasi daerah",
      program: "Program Aplikasi Informatika",
      kegiatan: "Pengelolaan Nama Domain dan Sub Domain",
      subKegiatan: "Penatalaksanaan dan Pengawasan Data Terpadu",
      anggaran: "2.16.03.1.01.0005 Belanja Jasa Tenaga Ahli",
    },
  });

  it("measures the link with typical notes, with the longest notes, and without notes", async () => {
    const evidenceCount = real.items.reduce((n, it) => n + it.evidence.length, 0);
    expect(real.items).toHaveLength(46);
    const typical = full(
      (i, k) => `PKS No. ${100 + i}/PKS/2025 tanggal 12 Maret 2025, https://srikandi.example/d/${i}${k}`,
    );
    const longest = full((i, k) => `${i}-${k} `.padEnd(300, "Nota dinas nomor 000.1.2.3/2025 perihal kerja sama; "));
    const bare = { ...typical, catatanBukti: undefined, rujukan: undefined };
    const lengths: Record<string, number> = {};
    for (const [name, r] of Object.entries({ bare, typical, longest })) {
      const plain = fitShare(real, r, false);
      const sealed = fitShare(real, r, true);
      const link = encodePlain(plain.payload);
      lengths[`${name} plain (full ${fragmentLength(toPayload(real, r), false)})`] = link.length;
      lengths[`${name} sealed`] = (await encodeSealed(sealed.payload, "sandi", 1)).length;
      const parsed = parseFragment(link);
      expect(parsed.kind).toBe("plain");
      if (name !== "longest") expect(plain.omitted).toEqual([]);
    }
    // Seventy ticked evidence types with 300-character notes do not fit: the notes are left out, the rest stays.
    expect(fitShare(real, longest, false).omitted).toEqual(["evidenceNotes"]);
    console.info(
      `share fragment lengths, 46 items, ${evidenceCount} evidence ticked (limit ${MAX_FRAGMENT}):`,
      lengths,
    );
  });
});
