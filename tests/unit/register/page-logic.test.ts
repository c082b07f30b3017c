// The small pieces of logic the register page adds on top of the library: an assessment's summary for the
// "Penilaian terakhir" column, the link offered after "Nilai sekarang", where a form problem belongs, and the
// latest-assessment column of the CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv/parse";
import { newResult, setAnswer } from "../../../src/lib/assessment/result";
import type { StoredResult } from "../../../src/lib/assessment/types";
import { summarizeAssessment } from "../../../src/lib/register/assessment-summary";
import { registerCsv } from "../../../src/lib/register/csv-export";
import { createEntry } from "../../../src/lib/register/entry";
import { emptyEntryFields, placeProblems } from "../../../src/lib/register/form-fields";
import {
  PENDING_LINK_KEY,
  pendingCandidate,
  readPendingLink,
  type PendingLink,
} from "../../../src/lib/register/pending-link";
import { clearAllSiteData } from "../../../src/lib/storage/local";
import { bank } from "../assessment/bank-fixture";
import { FakeStorage } from "../assessment/fake-storage";
import { entry, text } from "./support";

const completed = (id: string, value: 1 | 2 | 3 | 4 | 5, completedAt: string, bankId = bank.id): StoredResult => {
  let r = newResult({ id: bankId, version: bank.version }, new Date("2026-01-01T00:00:00.000Z"));
  for (const item of bank.items) r = setAnswer(r, item.id, value);
  return { ...r, id, completedAt };
};

describe("summarizeAssessment", () => {
  it("scores the result with its own bank version", () => {
    expect(summarizeAssessment(completed("p-a", 5, "2026-05-01T02:00:00.000Z"), bank)).toEqual({
      id: "p-a",
      completedAt: "2026-05-01T02:00:00.000Z",
      overallBand: "kekuatan",
      bankId: "kesiapan",
    });
    expect(summarizeAssessment(completed("p-b", 1, "2026-05-01T02:00:00.000Z"), bank).overallBand).toBe(
      "perlu-perhatian",
    );
  });

  it("gives no category, rather than a guess, without the right bank", () => {
    const r = completed("p-a", 5, "2026-05-01T02:00:00.000Z");
    expect(summarizeAssessment(r, undefined).overallBand).toBeNull();
    expect(summarizeAssessment({ ...r, bank: { id: "kesiapan", version: 9 } }, bank).overallBand).toBeNull();
  });
});

describe("the link offered after Nilai sekarang", () => {
  const pending: PendingLink = { entryId: "k-1", bank: "kesiapan", since: "2026-12-01T03:00:00.000Z" };

  it("reads back only a well-formed value", () => {
    expect(readPendingLink(JSON.stringify(pending))).toEqual(pending);
    for (const bad of [
      null,
      "{",
      "[]",
      JSON.stringify({ ...pending, entryId: "K 1" }),
      JSON.stringify({ ...pending, bank: "lain" }),
      JSON.stringify({ ...pending, since: "kemarin" }),
    ])
      expect(readPendingLink(bad)).toBeUndefined();
  });

  it("offers the newest result of that questionnaire completed since, not yet linked", () => {
    const before = completed("p-old", 3, "2026-11-30T03:00:00.000Z");
    const first = completed("p-1", 3, "2026-12-01T04:00:00.000Z");
    const second = completed("p-2", 3, "2026-12-01T05:00:00.000Z");
    const other = completed("p-x", 3, "2026-12-01T06:00:00.000Z", "kesehatan");
    const draft = { ...completed("p-d", 3, "2026-12-01T07:00:00.000Z"), completedAt: undefined };
    const history = [before, first, second, other, draft];
    expect(pendingCandidate(pending, [], history)?.id).toBe("p-2");
    expect(pendingCandidate(pending, ["p-2"], history)?.id).toBe("p-1");
    expect(pendingCandidate(pending, ["p-1", "p-2"], history)).toBeUndefined();
  });

  it('lives under a "siapmitra" key, so "Hapus semua data" forgets it with the register', () => {
    const local = new FakeStorage();
    const session = new FakeStorage();
    local.map.set("siapmitra-daftar:k-1", JSON.stringify(entry({ id: "k-1" })));
    local.map.set("siapmitra-daftar:rusak:2026-12-01T00:00:00.000Z:siapmitra-daftar:k-2", "{");
    session.map.set(PENDING_LINK_KEY, JSON.stringify(pending));
    session.map.set("lain", "tetap");
    expect(clearAllSiteData(local, session)).toEqual({ removed: 3, ok: true });
    expect([...local.map.keys()]).toEqual([]);
    expect([...session.map.keys()]).toEqual(["lain"]);
  });
});

describe("form problems", () => {
  it("belong to the field that fixes them, partners by number", () => {
    const checked = createEntry({
      ...emptyEntryFields(),
      partners: [
        { name: "Dinas A", type: "antar-instansi" },
        { name: "", type: "antar-daerah" },
      ],
      signedOn: "2026-05-01",
      endsOn: "2026-04-01",
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(placeProblems(checked.problems).map((p) => [p.problem.key, p.field, p.partner])).toEqual([
      ["register.entry.nameMissing", "name", undefined],
      ["register.entry.partnerNameMissing", "partners", 2],
      ["register.entry.instrumentUnknown", "instrument", undefined],
      ["register.entry.endBeforeStart", "endsOn", undefined],
    ]);
  });

  it("an empty form starts as aktif with nothing else chosen", () => {
    expect(emptyEntryFields()).toMatchObject({ status: "aktif", instrument: "", partners: [], assessmentIds: [] });
  });
});

describe("the CSV export's latest-assessment column", () => {
  // Node re-reads TZ when it changes: the column's local date is then the Jakarta date.
  const original = process.env["TZ"];
  beforeAll(() => {
    process.env["TZ"] = "Asia/Jakarta";
  });
  afterAll(() => {
    process.env["TZ"] = original;
  });

  it("gives the latest linked assessment's category, local date and trend, and nothing without one", () => {
    const linked = entry({ name: "A", assessmentIds: ["p-1", "p-2"], endsOn: "2027-01-01" });
    const bare = entry({ name: "B", endsOn: "2027-02-01" });
    const csv = registerCsv([linked, bare], text, [
      { id: "p-1", completedAt: "2026-05-01T02:00:00.000Z", overallBand: "perlu-perhatian", bankId: "kesehatan" },
      // 20:00 UTC on 30 November is 1 December in Jakarta: the column writes the local day.
      { id: "p-2", completedAt: "2026-11-30T20:00:00.000Z", overallBand: "kekuatan", bankId: "kesehatan" },
    ]);
    const { rows } = parseCsv(csv);
    expect(rows[0]!.at(-1)).toBe("Penilaian terakhir");
    expect(rows[1]!.at(-1)).toBe("Kekuatan (2026-12-01), Membaik");
    expect(rows[2]!.at(-1)).toBe("");
    expect(rows[1]).toHaveLength(12);
  });

  it("is left out when the caller has no summaries (the file the importer reads back)", () => {
    const { rows } = parseCsv(registerCsv([entry()], text));
    expect(rows[0]).toHaveLength(11);
  });
});
