import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseImportDate } from "../../../src/lib/register/import-dates";
import { localDay } from "./support";

const ok = (date: string) => ({ ok: true, date });

describe("parseImportDate", () => {
  it.each([
    ["2025-03-12", "2025-03-12"],
    ["2025/3/12", "2025-03-12"],
    ["12/03/2025", "2025-03-12"],
    ["12-03-2025", "2025-03-12"],
    ["12.03.2025", "2025-03-12"],
    ["1/3/2025", "2025-03-01"],
    ["12/03/25", "2025-03-12"],
    ["12 Maret 2025", "2025-03-12"],
    ["12 maret 2025", "2025-03-12"],
    ["12 Mar 2025", "2025-03-12"],
    ["12 Mar. 2025", "2025-03-12"],
    ["12-Mar-2025", "2025-03-12"],
    ["12-Mar-25", "2025-03-12"],
    ["12 March 2025", "2025-03-12"],
    ["March 12, 2025", "2025-03-12"],
    ["17 Agustus 2025", "2025-08-17"],
    ["17 Agt 2025", "2025-08-17"],
    ["17 Aug 2025", "2025-08-17"],
    ["1 Mei 2025", "2025-05-01"],
    ["1 Nopember 2025", "2025-11-01"],
    ["31 Des 2025", "2025-12-31"],
    ["Rabu, 12 Maret 2025", "2025-03-12"],
    ["12/03/2025 0:00", "2025-03-12"],
    ["12/03/2025 08.30 WIB", "2025-03-12"],
    ["2025-03-12T08:30:00Z", "2025-03-12"],
    ["  12/03/2025  ", "2025-03-12"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %j as %s", (text, date) => {
    expect(parseImportDate(text)).toEqual(ok(date));
  });

  it.each(["", "  ", "-", "—", " - "])("reads %j as no date", (text) => {
    expect(parseImportDate(text)).toEqual(ok(""));
  });

  it.each([
    "29/02/2025",
    "31/04/2025",
    "00/01/2025",
    "32/01/2025",
    "12 Maretz 2025",
    "2025",
    "besok",
    "45728",
    "12/03",
    "1/2/3/4",
  ])("refuses %j", (text) => {
    expect(parseImportDate(text)).toEqual({ ok: false, reason: "invalid" });
  });

  it("recognises a month-first date that only fits the other way round", () => {
    expect(parseImportDate("03/25/2025")).toEqual({ ok: false, reason: "monthFirst" });
    expect(parseImportDate("12/13/2025")).toEqual({ ok: false, reason: "monthFirst" });
    // Ambiguous ones are read day first, as Indonesian usage writes them.
    expect(parseImportDate("03/04/2025")).toEqual(ok("2025-04-03"));
  });

  it("reads back every date in each written form", () => {
    const monthNames = [
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ];
    fc.assert(
      fc.property(localDay, (d) => {
        const [y, m, day] = d.split("-") as [string, string, string];
        for (const text of [
          d,
          `${day}/${m}/${y}`,
          `${day}-${m}-${y}`,
          `${day}.${m}.${y}`,
          `${Number(day)} ${monthNames[Number(m) - 1]} ${y}`,
        ])
          expect(parseImportDate(text)).toEqual(ok(d));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws and only ever returns real dates", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = parseImportDate(s);
        if (r.ok && r.date !== "") expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 1000 },
    );
  });
});
