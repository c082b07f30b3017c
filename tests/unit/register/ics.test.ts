import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { ALARM_TRIGGERS, calendarEvents, eventUid, ICS_PRODID, registerCalendar } from "../../../src/lib/register/ics";
import { escapeText, foldLine, icsDate, icsUtc } from "../../../src/lib/register/ics-text";
import type { RegisterEntry } from "../../../src/lib/register/types";
import { entry, entryArb, t, text, utf8 } from "./support";

const now = new Date("2026-11-28T03:15:00.000Z");

/** RFC 5545 3.1: unfolding removes every CRLF followed by one space or tab. */
const unfold = (folded: string) => folded.replace(/\r\n[ \t]/g, "");

/** The parser's view of the calendar: every event with what a calendar app would show. */
function parsed(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {
    cal,
    events: cal.getAllSubcomponents("vevent").map((v) => {
      const ev = new ICAL.Event(v);
      return {
        uid: ev.uid,
        summary: ev.summary,
        description: ev.description,
        start: ev.startDate.toString(),
        startIsDate: ev.startDate.isDate,
        end: ev.endDate.toString(),
        stamp: String(v.getFirstPropertyValue("dtstamp")),
        alarms: v.getAllSubcomponents("valarm").map((a) => ({
          action: a.getFirstPropertyValue("action"),
          trigger: String(a.getFirstPropertyValue("trigger")),
          description: a.getFirstPropertyValue("description"),
        })),
      };
    }),
  };
}

describe("RFC 5545 text rules", () => {
  it("escapes backslash, semicolon, comma and line breaks, and drops other controls", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    expect(escapeText("tab\there\u0000\u0007")).toBe("tab\there");
    expect(escapeText(':"colon" and quotes')).toBe(':"colon" and quotes');
  });

  it("writes floating DATE and UTC DATE-TIME values", () => {
    expect(icsDate("2025-03-12")).toBe("20250312");
    expect(icsUtc(new Date("2026-11-28T03:15:09.999Z"))).toBe("20261128T031509Z");
  });

  it("folds at 75 octets with a space, counting UTF-8 bytes and never splitting a character", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
    expect(foldLine("x".repeat(150))).toBe(`${"x".repeat(75)}\r\n ${"x".repeat(74)}\r\n x`);
    // 74 ASCII octets + "é" (2 octets) would be 76: the é moves whole to the next line.
    expect(foldLine(`${"x".repeat(74)}é`)).toBe(`${"x".repeat(74)}\r\n é`);
    expect(foldLine(`${"x".repeat(73)}🌴`)).toBe(`${"x".repeat(73)}\r\n 🌴`);
  });

  it("every folded line is at most 75 octets, and unfolding restores the line exactly", () => {
    const unit = fc.constantFrom("a", " ", "é", "€", "🌴", "ñ", "漢", "\\n", ";");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (s) => {
        const folded = foldLine(s);
        for (const physical of folded.split("\r\n")) {
          expect(utf8(physical).length).toBeLessThanOrEqual(75);
          expect(physical).not.toMatch(/[\ud800-\udbff]$/);
        }
        expect(unfold(folded)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("registerCalendar", () => {
  const e = entry({
    id: "k-abc",
    name: "Layanan data; tahap 2, Kota \\ Kabupaten",
    partners: [{ name: "Dinas Kominfo", type: "antar-instansi" }],
    instrument: "pks",
    number: "119/PKS/2025",
    signedOn: "2025-03-12",
    endsOn: "2027-03-12",
    reviewOn: "2026-12-31",
    personInCharge: "Bagian Kerja Sama",
    updatedAt: "2026-11-01T10:00:00.000Z",
  });

  it("writes a VCALENDAR with the required properties, CRLF line endings and no bare LF", () => {
    const ics = registerCalendar([e], { now, text })!;
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain(`PRODID:${ICS_PRODID}\r\n`);
    expect(ics).toContain("CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(utf8(line).length).toBeLessThanOrEqual(75);
    const lines = unfold(ics).split("\r\n");
    expect(lines).toContain("DTSTART;VALUE=DATE:20270312");
    expect(lines).toContain("DTEND;VALUE=DATE:20270313");
    expect(lines).toContain("DTSTAMP:20261128T031500Z");
    expect(lines).toContain("LAST-MODIFIED:20261101T100000Z");
    expect(lines).toContain("SUMMARY:Berakhir: Layanan data\\; tahap 2\\, Kota \\\\ Kabupaten");
  });

  it("round-trips through ical.js: all-day events, stable UIDs, Indonesian texts and two alarms each", () => {
    const { cal, events } = parsed(registerCalendar([e], { now, text })!);
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(events).toHaveLength(2);
    const [end, review] = events;
    expect(end).toMatchObject({
      uid: eventUid("k-abc", "berakhir"),
      summary: "Berakhir: Layanan data; tahap 2, Kota \\ Kabupaten",
      start: "2027-03-12",
      startIsDate: true,
      end: "2027-03-13",
      stamp: "2026-11-28T03:15:00Z",
    });
    expect(end!.description).toContain("Mitra: Dinas Kominfo (Antarinstansi)");
    expect(end!.description).toContain("Nomor: 119/PKS/2025");
    expect(end!.description).toContain("Berakhir: 12 Maret 2027");
    expect(end!.description.split("\n")).toContain("Penanggung jawab: Bagian Kerja Sama");
    expect(end!.alarms).toEqual(
      ALARM_TRIGGERS.map((trigger) => ({
        action: "DISPLAY",
        trigger,
        description: "Layanan data; tahap 2, Kota \\ Kabupaten berakhir pada 12 Maret 2027.",
      })),
    );
    expect(review).toMatchObject({
      uid: "k-abc-peninjauan@siapmitra",
      summary: "Peninjauan: Layanan data; tahap 2, Kota \\ Kabupaten",
      start: "2026-12-31",
      end: "2027-01-01",
    });
    expect(review!.alarms.map((a) => a.trigger)).toEqual(["-P90D", "-P30D"]);
  });

  it("any register survives the round trip: summaries, descriptions and dates read back as written", () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (x) => x.id, maxLength: 6 }), (list) => {
        const running = list.map((x) => ({ ...x, status: "aktif" as const }));
        const ics = registerCalendar(running, { now, text, includeClosed: true });
        const expected = calendarEvents(running, { includeClosed: true });
        if (expected.length === 0) {
          expect(ics).toBeUndefined();
          return;
        }
        for (const line of ics!.split("\r\n")) expect(utf8(line).length).toBeLessThanOrEqual(75);
        const { events } = parsed(ics!);
        expect(events.map((ev) => [ev.uid, ev.start])).toEqual(
          expected.map((x) => [eventUid(x.entry.id, x.kind), x.date]),
        );
        events.forEach((ev, i) => {
          const src = expected[i]!.entry;
          expect(ev.summary).toBe(
            t(expected[i]!.kind === "berakhir" ? "register.ics.endSummary" : "register.ics.reviewSummary", {
              name: src.name,
            }),
          );
          if (src.number) expect(ev.description).toContain(`Nomor: ${src.number}`);
        });
        expect(new Set(events.map((ev) => ev.uid)).size).toBe(events.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps only running entries and, given today, only future dates", () => {
    const entries: RegisterEntry[] = [
      entry({ id: "k-run", endsOn: "2027-01-01", reviewOn: "2026-01-01" }),
      entry({ id: "k-end", status: "berakhir", endsOn: "2027-01-01" }),
      entry({ id: "k-stop", status: "dihentikan", endsOn: "2027-01-01" }),
      entry({ id: "k-none", endsOn: "", reviewOn: "" }),
    ];
    const ids = (opts: Parameters<typeof calendarEvents>[1]) =>
      calendarEvents(entries, opts).map((x) => `${x.entry.id}/${x.kind}`);
    expect(ids({})).toEqual(["k-run/berakhir", "k-run/peninjauan"]);
    expect(ids({ today: "2026-11-28" })).toEqual(["k-run/berakhir"]);
    expect(ids({ includeClosed: true, today: "2026-11-28" }).sort()).toEqual([
      "k-end/berakhir",
      "k-run/berakhir",
      "k-stop/berakhir",
    ]);
  });

  it("returns nothing rather than an empty calendar, which RFC 5545 does not allow", () => {
    expect(registerCalendar([], { now, text })).toBeUndefined();
    expect(registerCalendar([entry({ endsOn: "", reviewOn: "" })], { now, text })).toBeUndefined();
  });
});
