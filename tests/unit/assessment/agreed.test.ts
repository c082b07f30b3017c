import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agreedProblem,
  buildAgreed,
  cutText,
  draftHasWork,
  itemEvidence,
  itemSpreads,
  lowerMedian,
  missingByDimension,
  startDraft,
  type AgreedDraft,
} from "../../../src/lib/assessment/agreed";
import { answerChoices } from "../../../src/lib/assessment/answers";
import { checkAgainstBank, decodeExport, encodeExport } from "../../../src/lib/assessment/codec-json";
import { listHistory, saveToHistory } from "../../../src/lib/assessment/history";
import { newResult } from "../../../src/lib/assessment/result";
import { validateResult } from "../../../src/lib/assessment/validate";
import { MAX_NOTE, type Answer, type BankData, type StoredResult } from "../../../src/lib/assessment/types";
import { tm } from "../../../src/i18n/agreed";
import { resultOption } from "../../../src/i18n/assessment";
import { bank as baseBank, fill } from "./bank-fixture";
import { FakeStorage } from "./fake-storage";
import { storedResult } from "./result-arbitrary";

/** The fixture bank with one key item, which (like every key item) offers no "Tidak berlaku". */
const bank: BankData = {
  ...baseBank,
  items: baseBank.items.map((i) => (i.id === "kebutuhan-1" ? { ...i, tidakBerlaku: false } : i)),
  keyItems: ["kebutuhan-1"],
};
const NOW = new Date("2026-12-03T03:00:00.000Z");
let seq = 0;
const nextId = () => `p-agreed-${++seq}`;

function respondent(answers: Record<string, Answer>, patch: Partial<StoredResult> = {}): StoredResult {
  return {
    ...newResult(bank, new Date("2026-11-20T02:00:00.000Z")),
    answers,
    completedAt: "2026-11-20T02:00:00.000Z",
    ...patch,
  };
}

const r1 = respondent(
  { ...fill("kebutuhan", [4, 2, "tt", undefined]), ...fill("keselarasan", [5, "tb"]) },
  {
    context: {
      instansi: "Bappeda",
      kemitraan: "Program air bersih",
      jenisMitra: "antar-daerah",
      tanggal: "2026-11-20",
    },
    evidence: { "kebutuhan-1": ["pks", "mou"] },
    catatanBukti: { "kebutuhan-1": { pks: "PKS No. 119/PKS/2025", mou: "MoU 2024" } },
  },
);
const r2 = respondent(
  { ...fill("kebutuhan", [2, 2, "tt", 3]), ...fill("keselarasan", [5, "tb"]) },
  {
    context: { instansi: "Dinas PU", kemitraan: "Program air bersih ", jenisMitra: "antar-daerah", tanggal: "" },
    evidence: { "kebutuhan-1": ["pks"] },
    catatanBukti: { "kebutuhan-1": { pks: "Arsip Bagian Kerja Sama" } },
  },
);
const r3 = respondent(
  { ...fill("kebutuhan", [5, 1, 4, 3]), ...fill("keselarasan", [4, "tt"]) },
  { evidence: { "kebutuhan-1": ["pks"] }, catatanBukti: { "kebutuhan-1": { pks: "PKS No. 119/PKS/2025" } } },
);
const three = [r1, r2, r3];

const draft = (answers: Record<string, Answer>, catatan: Record<string, string> = {}): AgreedDraft => ({
  ...startDraft(three, NOW),
  answers,
  catatan,
});

describe("the discussion's starting point", () => {
  it("is the lower median of the 1–5 answers", () => {
    expect(lowerMedian([])).toBeUndefined();
    expect(lowerMedian([3])).toBe(3);
    expect(lowerMedian([4, 2])).toBe(2);
    expect(lowerMedian([5, 1, 3])).toBe(3);
    expect(lowerMedian([5, 4, 2, 4])).toBe(4);
    expect(lowerMedian([1, 5, 5, 1])).toBe(1);
  });
});

describe("spreads", () => {
  it("count each answer, the unanswered, and start from the 1–5 answers only", () => {
    const s = itemSpreads(bank, three);
    expect(s.map((x) => x.id)).toEqual(bank.items.map((i) => i.id));
    expect(s[0]).toEqual({ id: "kebutuhan-1", counts: { "4": 1, "2": 1, "5": 1 }, unanswered: 0, start: 4 });
    expect(s[2]).toEqual({ id: "kebutuhan-3", counts: { tt: 2, "4": 1 }, unanswered: 0, start: 4 });
    expect(s[3]).toEqual({ id: "kebutuhan-4", counts: { "3": 2 }, unanswered: 1, start: 3 });
    expect(s[5]).toEqual({ id: "keselarasan-2", counts: { tb: 2, tt: 1 }, unanswered: 0, start: undefined });
    expect(s[6]).toEqual({ id: "perencanaan-1", counts: {}, unanswered: 3, start: undefined });
  });

  it("evidence: how many ticked each type, and the distinct notes sorted, not in respondent order", () => {
    const e = itemEvidence(bank, three)[0]!;
    expect(e.ticked).toEqual([
      { evidence: "mou", count: 1 },
      { evidence: "pks", count: 3 },
    ]);
    expect(e.notes).toEqual([
      { evidence: "mou", text: "MoU 2024" },
      { evidence: "pks", text: "Arsip Bagian Kerja Sama" },
      { evidence: "pks", text: "PKS No. 119/PKS/2025" },
    ]);
  });
});

describe("when an agreed score cannot be built", () => {
  it("needs two respondents, one bank version, and no agreed score among them", () => {
    expect(agreedProblem(bank, [r1])).toEqual({ key: "agreed.problem.tooFew", params: { n: 1 } });
    const other = { ...r2, bank: { id: "kesiapan", version: 2 } };
    const p = agreedProblem(bank, [r1, other]);
    expect(p).toEqual({ key: "agreed.problem.otherBank", params: { got: "kesiapan@2", want: "kesiapan@1" } });
    expect(tm(p!)).toContain("kesiapan@2");
    const built = buildAgreed(bank, three, draft({}), NOW, undefined, nextId);
    expect(built.ok).toBe(true);
    if (built.ok) expect(agreedProblem(bank, [r1, built.value])?.key).toBe("agreed.problem.fromAgreed");
    expect(agreedProblem(bank, three)).toBeUndefined();
    expect(buildAgreed(bank, [r1], draft({}), NOW).ok).toBe(false);
  });

  it("refuses Tidak berlaku on a key item", () => {
    expect(answerChoices(bank, bank.items[0]!)).toEqual([1, 2, 3, 4, 5, "tt"]);
    expect(answerChoices(bank, bank.items[1]!)).toEqual([1, 2, 3, 4, 5, "tb", "tt"]);
    const out = buildAgreed(bank, three, draft({ "kebutuhan-1": "tb" }), NOW);
    expect(out).toEqual({ ok: false, problems: [{ key: "agreed.problem.choice", params: { id: "kebutuhan-1" } }] });
  });
});

describe("the agreed result", () => {
  const built = buildAgreed(
    bank,
    three,
    draft(
      { "kebutuhan-1": 3, "kebutuhan-2": 2, "keselarasan-2": "tb" },
      {
        "kebutuhan-1": "  Disepakati 3: PKS ada, tetapi anggaran belum.  ",
        "keselarasan-2": "Tidak ada forum lintas daerah.",
        "perencanaan-1": "Dibahas lagi bulan depan.",
        "perencanaan-2": "   ",
      },
    ),
    NOW,
    undefined,
    nextId,
  );
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const r = built.value;

  it("has its own id, the recorded levels as answers, and is completed now", () => {
    expect(r.id).toMatch(/^p-agreed-\d+$/);
    expect(three.map((x) => x.id)).not.toContain(r.id);
    expect(r.answers).toEqual({ "kebutuhan-1": 3, "kebutuhan-2": 2, "keselarasan-2": "tb" });
    expect(r.completedAt).toBe(NOW.toISOString());
    expect(r.bank).toEqual({ id: "kesiapan", version: 1 });
  });

  it("keeps the spread of every statement, the respondent count and the trimmed notes", () => {
    expect(r.kesepakatan?.responden).toBe(3);
    expect(Object.keys(r.kesepakatan!.sebaran)).toEqual(bank.items.map((i) => i.id));
    expect(r.kesepakatan!.sebaran["kebutuhan-1"]).toEqual({ "4": 1, "2": 1, "5": 1 });
    expect(r.kesepakatan!.catatan).toEqual({
      "kebutuhan-1": "Disepakati 3: PKS ada, tetapi anggaran belum.",
      "keselarasan-2": "Tidak ada forum lintas daerah.",
      "perencanaan-1": "Dibahas lagi bulan depan.",
    });
    expect(r.alasan).toEqual({ "keselarasan-2": "Tidak ada forum lintas daerah." });
  });

  it("carries the evidence any respondent ticked, with their notes merged", () => {
    expect(r.evidence).toEqual({ "kebutuhan-1": ["mou", "pks"] });
    expect(r.catatanBukti).toEqual({
      "kebutuhan-1": { mou: "MoU 2024", pks: "Arsip Bagian Kerja Sama; PKS No. 119/PKS/2025" },
    });
  });

  it("copies the context the respondents share and dates the meeting today", () => {
    expect(r.context).toEqual({
      instansi: "",
      kemitraan: "Program air bersih",
      jenisMitra: "antar-daerah",
      tanggal: "2026-12-03",
    });
  });

  it("validates against its bank and saves to and lists from the history", () => {
    expect(validateResult(r, bank)).toEqual({ ok: true, value: r });
    const storage = new FakeStorage();
    expect(saveToHistory(r, storage)).toEqual({ ok: true });
    expect(listHistory(storage).entries).toEqual([r]);
  });

  it("is marked as agreed, with its respondents, wherever it is offered for choosing", () => {
    expect(resultOption(r)).toBe("Program air bersih (skor kesepakatan, 3 responden)");
    expect(resultOption(r1)).toBe("Bappeda – Program air bersih");
  });

  it("keeps its id and creation time when saved again", () => {
    const later = new Date("2026-12-03T04:00:00.000Z");
    const again = buildAgreed(bank, three, draft({ "kebutuhan-1": 4 }), later, { id: r.id, createdAt: r.createdAt });
    expect(again.ok && again.value.id).toBe(r.id);
    expect(again.ok && again.value.createdAt).toBe(r.createdAt);
    expect(again.ok && again.value.updatedAt).toBe(later.toISOString());
  });

  it("copies planning references only when every respondent gave the same ones", () => {
    const refs = {
      mitra: [{ nama: "Kabupaten B", jenis: "antar-daerah" }],
      instrumen: { jenis: "pks" as const, nomor: "119/PKS/2025", tanggal: "2025-03-12", berakhir: "" },
      sasaran: "Akses air minum",
      program: "",
      kegiatan: "",
      subKegiatan: "",
      anggaran: "",
    };
    const same = buildAgreed(bank, [{ ...r1, rujukan: refs }, { ...r2, rujukan: refs }, r3], draft({}), NOW);
    expect(same.ok && same.value.rujukan).toEqual(refs);
    const other = { ...refs, sasaran: "Lain" };
    const differ = buildAgreed(
      bank,
      [
        { ...r1, rujukan: refs },
        { ...r2, rujukan: other },
      ],
      draft({}),
      NOW,
    );
    expect(differ.ok && differ.value.rujukan).toBeUndefined();
  });
});

describe("drafts", () => {
  it("start empty with the shared context; work is a level or a non-blank note", () => {
    const d = startDraft(three, NOW);
    expect(d.answers).toEqual({});
    expect(d.context.instansi).toBe("");
    expect(draftHasWork(d)).toBe(false);
    expect(draftHasWork({ ...d, catatan: { x: "  " } })).toBe(false);
    expect(draftHasWork({ ...d, catatan: { x: "a" } })).toBe(true);
    expect(draftHasWork({ ...d, answers: { x: 3 } })).toBe(true);
  });

  it("list the dimensions that still have statements without a level", () => {
    expect(missingByDimension(bank, { ...fill("kebutuhan", [1, 2, 3, 4]), "keselarasan-1": "tt" })).toEqual([
      { id: "keselarasan", index: 1, name: "Dimensi keselarasan", missing: 1 },
      { id: "perencanaan", index: 2, name: "Dimensi perencanaan", missing: 4 },
    ]);
  });

  it("cut long notes without splitting a character", () => {
    expect(cutText("  pendek ", 300)).toBe("pendek");
    const long = `${"a".repeat(298)}🌴🌴`;
    const cut = cutText(long, 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});

// Respondents as users could have saved them, with evidence notes beside some ticked evidence.
const noteText = fc.oneof(
  fc.string({ maxLength: 320 }),
  fc.constantFrom("<b>PKS</b> No. 1", "  ", "🌴".repeat(200), "=HYPERLINK()"),
);
const respondentArb = fc.tuple(storedResult, fc.array(noteText, { minLength: 2, maxLength: 2 })).map(([r, notes]) => {
  const catatanBukti: Record<string, Record<string, string>> = {};
  for (const [item, ev] of Object.entries(r.evidence))
    ev.forEach((e, i) => {
      const text = notes[i]!.trim().slice(0, MAX_NOTE);
      if (text !== "") (catatanBukti[item] ??= {})[e] = text;
    });
  return Object.keys(catatanBukti).length > 0 ? { ...r, catatanBukti } : r;
});
const draftArb = fc.record({
  picks: fc.array(fc.option(fc.nat(6), { nil: undefined }), {
    minLength: bank.items.length,
    maxLength: bank.items.length,
  }),
  notes: fc.array(noteText, { minLength: bank.items.length, maxLength: bank.items.length }),
  instansi: fc.string({ maxLength: 260 }),
  kemitraan: fc.string({ maxLength: 260 }),
  tanggal: fc.constantFrom("", "2026-12-03", "2026-02-30", "kemarin"),
});

describe("properties (1,000 runs)", () => {
  it("any agreed result built from valid respondents validates and round-trips through the JSON export", () => {
    fc.assert(
      fc.property(fc.array(respondentArb, { minLength: 2, maxLength: 6 }), draftArb, (people, g) => {
        const answers: Record<string, Answer> = {};
        const catatan: Record<string, string> = {};
        bank.items.forEach((item, i) => {
          const choices = answerChoices(bank, item);
          const pick = g.picks[i];
          if (pick !== undefined) answers[item.id] = choices[pick % choices.length]!;
          catatan[item.id] = g.notes[i]!;
        });
        const d: AgreedDraft = {
          answers,
          catatan,
          context: { instansi: g.instansi, kemitraan: g.kemitraan, jenisMitra: "", tanggal: g.tanggal },
        };
        const built = buildAgreed(bank, people, d, NOW, undefined, nextId);
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const r = built.value;
        expect(validateResult(r, bank)).toEqual({ ok: true, value: r });
        const decoded = decodeExport(encodeExport(r), new Map([["kesiapan", 1]]));
        expect(decoded).toEqual({ ok: true, result: r });
        if (decoded.ok) expect(checkAgainstBank(decoded.result, bank)).toEqual({ ok: true, result: r });
        expect(r.answers).toEqual(answers);
        expect(r.kesepakatan!.responden).toBe(people.length);
        for (const item of bank.items) {
          const given = Object.values(r.kesepakatan!.sebaran[item.id]!).reduce((s, n) => s + n, 0);
          expect(given).toBe(people.filter((p) => p.answers[item.id] !== undefined).length);
          expect((r.kesepakatan!.catatan[item.id] ?? "").length).toBeLessThanOrEqual(MAX_NOTE);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
