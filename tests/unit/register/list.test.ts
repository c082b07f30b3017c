import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bankToAssess } from "../../../src/lib/register/assess-now";
import {
  endsWithin,
  filterEntries,
  keptLeadingRows,
  registerCounts,
  reviewOverdue,
  rowFlags,
  sortByEndDate,
} from "../../../src/lib/register/list";
import { addDays, dateFromParts, daysBetween } from "../../../src/lib/register/local-days";
import { linkedAssessments, type AssessmentSummary } from "../../../src/lib/register/linked-assessments";
import { registerStatuses } from "../../../src/lib/register/types";
import { entry, entryArb, localDay } from "./support";

const today = "2026-11-28";
const day = (n: number) => addDays(today, n)!;

describe("local day arithmetic", () => {
  it("crosses month, leap-day and year ends", () => {
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-11-28", 90)).toBe("2027-02-26");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-11-28", "2027-02-26")).toBe(90);
    expect(daysBetween("2026-11-28", "2026-11-01")).toBe(-27);
  });

  it("refuses impossible input instead of guessing", () => {
    expect(addDays("2026-02-30", 1)).toBeUndefined();
    expect(addDays("2026-11-28", 0.5)).toBeUndefined();
    expect(daysBetween("", today)).toBeUndefined();
    expect(dateFromParts(2025, 2, 29)).toBeUndefined();
    expect(dateFromParts(2025, 13, 1)).toBeUndefined();
    expect(dateFromParts(2024, 2, 29)).toBe("2024-02-29");
  });

  it("addDays and daysBetween are inverse", () => {
    fc.assert(
      fc.property(localDay, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(moved).toBeDefined();
        expect(daysBetween(d, moved!)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("default order", () => {
  it("sorts by end date, entries without one last, then by name and id", () => {
    const a = entry({ id: "a", name: "PKS 10", endsOn: "2027-01-01" });
    const b = entry({ id: "b", name: "PKS 2", endsOn: "2027-01-01" });
    const c = entry({ id: "c", name: "Awal", endsOn: "2026-12-01" });
    const d = entry({ id: "d", name: "Tanpa", endsOn: "" });
    const e = entry({ id: "e", name: "Tanpa", endsOn: "" });
    expect(sortByEndDate([d, a, e, b, c]).map((x) => x.id)).toEqual(["c", "b", "a", "d", "e"]);
  });

  it("is a total order: any shuffle sorts the same", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), fc.infiniteStream(fc.nat()), (list, seeds) => {
        const withIds = list.map((e, i) => ({ ...e, id: `x-${i}` }));
        const shuffled = [...withIds].sort(() => (seeds.next().value % 3) - 1);
        expect(sortByEndDate(shuffled)).toEqual(sortByEndDate(withIds));
        const sorted = sortByEndDate(withIds);
        for (let i = 1; i < sorted.length; i++) {
          const [p, q] = [sorted[i - 1]!.endsOn, sorted[i]!.endsOn];
          expect(p === "" ? q === "" : q === "" || p <= q).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("ending soon, overdue reviews, lapsed agreements", () => {
  it("counts running entries ending today through today + 30 and + 90, boundaries included", () => {
    const entries = [
      entry({ endsOn: today }),
      entry({ endsOn: day(30) }),
      entry({ endsOn: day(31) }),
      entry({ endsOn: day(90) }),
      entry({ endsOn: day(91) }),
      entry({ endsOn: day(-1) }),
      entry({ endsOn: day(10), status: "dalam-perpanjangan" }),
      entry({ endsOn: day(10), status: "berakhir" }),
      entry({ endsOn: day(10), status: "dihentikan" }),
      entry({ endsOn: "" }),
    ];
    expect(registerCounts(entries, today)).toEqual({
      total: 10,
      endingWithin30: 3,
      endingWithin90: 5,
      reviewsOverdue: 0,
      lapsed: 1,
    });
  });

  it("flags a review as overdue from the day after its date, for running entries only", () => {
    expect(reviewOverdue(entry({ reviewOn: day(-1) }), today)).toBe(true);
    expect(reviewOverdue(entry({ reviewOn: today }), today)).toBe(false);
    expect(reviewOverdue(entry({ reviewOn: "" }), today)).toBe(false);
    expect(reviewOverdue(entry({ reviewOn: "2020-01-01", status: "berakhir" }), today)).toBe(false);
  });

  it("gives each row its flags", () => {
    expect(rowFlags(entry({ endsOn: day(20), reviewOn: "2026-01-01" }), today)).toEqual({
      daysToEnd: 20,
      endsWithin30: true,
      endsWithin90: true,
      reviewOverdue: true,
      lapsed: false,
    });
    expect(rowFlags(entry({ endsOn: "2026-11-01" }), today)).toMatchObject({ daysToEnd: -27, lapsed: true });
    expect(rowFlags(entry({ endsOn: "" }), today).daysToEnd).toBeUndefined();
  });

  it("the counts agree with the per-row predicates on any register", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), localDay, (list, day) => {
        const c = registerCounts(list, day);
        expect(c.endingWithin30).toBe(list.filter((e) => endsWithin(e, day, 30)).length);
        expect(c.endingWithin90).toBe(list.filter((e) => endsWithin(e, day, 90)).length);
        expect(c.reviewsOverdue).toBe(list.filter((e) => reviewOverdue(e, day)).length);
        expect(c.endingWithin90).toBe(filterEntries(list, { endingSoon: true }, day).length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("filters", () => {
  const a = entry({ id: "a", status: "aktif", partners: [{ name: "X", type: "riset" }], endsOn: day(5) });
  const b = entry({ id: "b", status: "berakhir", partners: [{ name: "Y", type: "masyarakat" }], endsOn: "2025-01-01" });
  const c = entry({
    id: "c",
    status: "dalam-perpanjangan",
    partners: [
      { name: "Z", type: "pemerintah-swasta" },
      { name: "W", type: "riset" },
    ],
    endsOn: day(200),
    reviewOn: "2026-01-01",
  });
  const ids = (f: Parameters<typeof filterEntries>[1]) =>
    filterEntries(sortByEndDate([c, b, a]), f, today).map((e) => e.id);

  it("keeps the order it is given", () => {
    expect(filterEntries([c, b, a], {}, today).map((e) => e.id)).toEqual(["c", "b", "a"]);
  });

  it("an empty filter keeps everything", () => {
    expect(ids({})).toEqual(["b", "a", "c"]);
    expect(ids({ statuses: [], partnerTypes: [] })).toEqual(["b", "a", "c"]);
  });

  it("filters by status, partner type (any partner), ending soon and overdue review, combined with AND", () => {
    expect(ids({ statuses: ["aktif", "berakhir"] })).toEqual(["b", "a"]);
    expect(ids({ partnerTypes: ["riset"] })).toEqual(["a", "c"]);
    expect(ids({ endingSoon: true })).toEqual(["a"]);
    expect(ids({ reviewOverdue: true })).toEqual(["c"]);
    expect(ids({ partnerTypes: ["riset"], statuses: ["dalam-perpanjangan"] })).toEqual(["c"]);
    expect(ids({ partnerTypes: ["lainnya"] })).toEqual([]);
  });

  it("every kept entry satisfies the filter and none is lost that does", () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 40 }),
        fc.subarray([...registerStatuses]),
        fc.boolean(),
        localDay,
        (list, statuses, soon, day) => {
          const kept = filterEntries(list, { statuses, endingSoon: soon }, day);
          const expected = list.filter(
            (e) => (statuses.length === 0 || statuses.includes(e.status)) && (!soon || endsWithin(e, day, 90)),
          );
          expect(kept).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("latest assessment and trend", () => {
  const s = (id: string, completedAt: string, overallBand: AssessmentSummary["overallBand"], bankId?: string) => ({
    id,
    completedAt,
    overallBand,
    ...(bankId ? { bankId } : {}),
  });
  const history = [
    s("p-1", "2025-01-01T00:00:00.000Z", "perlu-perhatian", "kesiapan"),
    s("p-2", "2025-06-01T00:00:00.000Z", "perlu-dibahas", "kesehatan"),
    s("p-3", "2026-01-01T00:00:00.000Z", "kekuatan", "kesehatan"),
    s("p-4", "2026-06-01T00:00:00.000Z", null, "kesehatan"),
  ];

  it("takes the newest as latest and compares it with the previous one of the same questionnaire", () => {
    const r = linkedAssessments(["p-1", "p-2", "p-3"], history);
    expect(r.latest?.id).toBe("p-3");
    expect(r.previous?.id).toBe("p-2");
    expect(r.trend).toBe("up");
    expect(r.assessments.map((a) => a.id)).toEqual(["p-3", "p-2", "p-1"]);
  });

  it("reads down, same, single and none", () => {
    expect(
      linkedAssessments(["p-2", "p-3"], [history[1]!, { ...history[2]!, overallBand: "perlu-perhatian" }]).trend,
    ).toBe("down");
    expect(
      linkedAssessments(["p-2", "p-3"], [history[1]!, { ...history[2]!, overallBand: "perlu-dibahas" }]).trend,
    ).toBe("same");
    // p-1 is another questionnaire, so p-2 has nothing to compare with.
    expect(linkedAssessments(["p-1", "p-2"], history).trend).toBe("single");
    expect(linkedAssessments(["p-4", "p-3"], history)).toMatchObject({ trend: "none", latest: { id: "p-4" } });
    expect(linkedAssessments([], history)).toMatchObject({ trend: "none", latest: undefined });
  });

  it("skips earlier assessments without a category and compares any questionnaires when one is unnamed", () => {
    const r = linkedAssessments(
      ["a", "b", "c"],
      [
        s("a", "2025-01-01T00:00:00.000Z", "perlu-dibahas"),
        s("b", "2025-02-01T00:00:00.000Z", null),
        s("c", "2025-03-01T00:00:00.000Z", "perlu-perhatian"),
      ],
    );
    expect(r).toMatchObject({ previous: { id: "a" }, trend: "down" });
  });

  it("lists linked ids that are no longer in the history", () => {
    expect(linkedAssessments(["p-3", "p-9", "p-9"], history)).toMatchObject({ missing: ["p-9"], trend: "single" });
  });
});

describe("which questionnaire Nilai sekarang opens", () => {
  it("kesiapan before the signing date or without one, kesehatan from the signing day on", () => {
    expect(bankToAssess({ signedOn: "" }, today)).toBe("kesiapan");
    expect(bankToAssess({ signedOn: day(1) }, today)).toBe("kesiapan");
    expect(bankToAssess({ signedOn: today }, today)).toBe("kesehatan");
    expect(bankToAssess({ signedOn: "2020-01-01" }, today)).toBe("kesehatan");
  });
});

describe("rows a table keeps when the filter changes", () => {
  const [a, b, c, d] = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];
  it("counts the drawn rows that stay first, one for one", () => {
    expect(keptLeadingRows([a, b, c], 3, [a, b, d])).toBe(2);
    expect(keptLeadingRows([a, b, c], 3, [b, c])).toBe(0);
    expect(keptLeadingRows([a, b, c], 3, [a, b, c, d])).toBe(3);
  });
  it("never counts past the rows drawn or the new list", () => {
    expect(keptLeadingRows([a, b, c], 1, [a, b, c])).toBe(1);
    expect(keptLeadingRows([a, b, c], 3, [a])).toBe(1);
    expect(keptLeadingRows([], 5, [a])).toBe(0);
  });
  it("compares entries by identity: an entry read again from storage is drawn again", () => {
    expect(keptLeadingRows([a], 1, [{ id: "a" }])).toBe(0);
  });
  it("is at most the shorter of the three bounds, and every row counted is the same entry", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3)), fc.nat(6), fc.array(fc.nat(3)), (before, count, after) => {
        const n = keptLeadingRows(before, count, after);
        expect(n).toBeLessThanOrEqual(Math.min(count, before.length, after.length));
        for (let i = 0; i < n; i++) expect(after[i]).toBe(before[i]);
        if (n < Math.min(count, before.length, after.length)) expect(after[n]).not.toBe(before[n]);
      }),
      { numRuns: 1000 },
    );
  });
});
