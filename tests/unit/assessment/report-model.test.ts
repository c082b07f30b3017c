import { describe, expect, it } from "vitest";
import { scoreResult, priorities } from "../../../src/lib/assessment/scoring";
import { summarize, formatMean } from "../../../src/lib/assessment/summary";
import { formatLocalDate, formatShare } from "../../../src/lib/site/format";
import { summaryLines } from "../../../src/i18n/report";
import { barRows } from "../../../src/lib/assessment/bars";
import { casesFor, recommendationFor } from "../../../src/lib/assessment/recommend";
import { newActionRow, seedActionPlan } from "../../../src/lib/assessment/action-plan";
import { isLocalDate, localDate } from "../../../src/lib/site/dates";
import { bank, fill } from "./bank-fixture";

const answers = {
  ...fill("kebutuhan", [3, 4, 4, 4]),
  ...fill("keselarasan", [2, 2]),
  ...fill("perencanaan", ["tt", "tt", "tt", undefined]),
};
const score = scoreResult(bank, answers);

describe("summary", () => {
  it("lists dimensions per band in plain Indonesian, with decimal commas", () => {
    expect(summaryLines(summarize(bank, score))).toEqual([
      "Indeks keseluruhan belum dihitung: baru 2 dari 3 dimensi yang datanya cukup (dibutuhkan 3).",
      "Kekuatan: tidak ada; Perlu dibahas: Dimensi kebutuhan; Perlu perhatian: Dimensi keselarasan.",
      'Data belum cukup karena banyak "Tidak tahu": Dimensi perencanaan.',
    ]);
    const complete = scoreResult(bank, { ...answers, ...fill("perencanaan", [4, 4, "tt", undefined]) });
    expect(summaryLines(summarize(bank, complete))[0]).toBe(
      "Indeks keseluruhan 3,25 dari 5, kategori Perlu dibahas, dihitung dari 3 dari 3 dimensi.",
    );
    expect(formatMean(3.75)).toBe("3,75");
    expect(formatMean(null)).toBe("–");
    expect(formatShare(2 / 3)).toBe("67%");
  });
});

describe("bar chart rows", () => {
  it("sorts scored dimensions highest first and puts unscored ones last", () => {
    const rows = barRows(score);
    expect(rows.map((r) => r.id)).toEqual(["kebutuhan", "keselarasan", "perencanaan"]);
    expect(rows[0]!.fraction).toBeCloseTo(0.6875);
    expect(rows[2]!.fraction).toBe(0);
  });
});

describe("recommendations and cases", () => {
  it("picks the advice for the dimension's band", () => {
    expect(recommendationFor(bank, "keselarasan", "perlu-perhatian")?.text).toMatch(
      /^Saran keselarasan perlu-perhatian/,
    );
    expect(recommendationFor(bank, "keselarasan", null)).toBeUndefined();
  });

  it("puts cases of the same partner type first", () => {
    const cases = [
      { id: "a", title: "Alpha", summary: "", partnerTypes: ["riset"], themes: ["kebutuhan"] },
      { id: "b", title: "Beta", summary: "", partnerTypes: ["antar-daerah"], themes: ["kebutuhan", "evaluasi"] },
      { id: "c", title: "Gamma", summary: "", partnerTypes: ["antar-daerah"], themes: ["evaluasi"] },
    ];
    expect(casesFor(cases, "kebutuhan", "antar-daerah").map((c) => c.id)).toEqual(["b", "a"]);
    expect(casesFor(cases, "kebutuhan", "").map((c) => c.id)).toEqual(["a", "b"]);
    expect(casesFor(cases, "evaluasi", "riset", 1).map((c) => c.id)).toEqual(["b"]);
  });
});

describe("action plan", () => {
  it("seeds one row per priority from its action line (or the fallback), keeping the user's rows", () => {
    const p = priorities(bank, score).dimensions;
    // The keselarasan advice has an action line; the kebutuhan advice has none and gets the fallback.
    const withAksi = {
      ...bank,
      recommendations: bank.recommendations.map((r) =>
        r.dimension === "keselarasan" ? { ...r, aksi: "Tetapkan keselarasan." } : r,
      ),
    };
    const seeded = seedActionPlan(withAksi, p, [], "susun langkah.");
    expect(seeded).toEqual([
      {
        id: "rencana-keselarasan",
        dimension: "keselarasan",
        kegiatan: "Dimensi keselarasan: Tetapkan keselarasan.",
        penanggungJawab: "",
        tenggat: "",
        status: "belum",
      },
      {
        id: "rencana-kebutuhan",
        dimension: "kebutuhan",
        kegiatan: "Dimensi kebutuhan: susun langkah.",
        penanggungJawab: "",
        tenggat: "",
        status: "belum",
      },
    ]);
    const edited = [{ ...seeded[0]!, kegiatan: "Diubah" }];
    expect(seedActionPlan(withAksi, p, edited, "susun langkah.").map((r) => r.kegiatan)).toEqual([
      "Diubah",
      seeded[1]!.kegiatan,
    ]);
    expect(newActionRow(seeded).id).toBe("rencana-3");
  });
});

describe("local dates", () => {
  it("uses local date parts, not UTC", () => {
    // 00:30 local on 1 December is still 30 November in UTC west of Greenwich and the reverse east of it.
    const d = new Date(2026, 11, 1, 0, 30);
    expect(localDate(d)).toBe("2026-12-01");
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(formatLocalDate("2026-11-28")).toBe("28 November 2026");
  });
});
