// The register as an iCalendar file (RFC 5545) for the officer's own calendar: an all-day event on each end date
// and each review date, each with reminders 90 and 30 days before. Nothing is sent anywhere; the file is
// downloaded and imported by hand. Re-importing an updated file updates the same events (stable UIDs).
import { formatLocalDate as formatDay } from "../site/format";
import { icsDate, icsDocument, icsUtc, escapeText } from "./ics-text";
import { addDays } from "./local-days";
import { sortByEndDate } from "./list";
import { partnerTypeLabel, translator, type RegisterText } from "./messages";
import { runningStatuses, type RegisterEntry } from "./types";

export const ICS_PRODID = "-//SiapMitra//Register//ID";
/** Reminders before each event, as RFC 5545 durations relative to its start. */
export const ALARM_TRIGGERS = ["-P90D", "-P30D"] as const;

// Intl formatting is the slowest step of a 10,000-entry export and the same dates recur: format each once.
const dayCache = new Map<string, string>();
function formatLocalDate(date: string): string {
  let text = dayCache.get(date);
  if (text === undefined) {
    text = formatDay(date);
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(date, text);
  }
  return text;
}

export type EventKind = "berakhir" | "peninjauan";

/** Globally unique and stable for one entry and kind, so a new export replaces the old event, not duplicates it. */
export const eventUid = (entryId: string, kind: EventKind) => `${entryId}-${kind}@siapmitra`;

export interface CalendarOptions {
  /** Export instant: every DTSTAMP (RFC 5545 requires UTC). */
  now: Date;
  text: RegisterText;
  /** Local date; when given, events before it are left out (a reminder for a past date helps no one). */
  today?: string;
  /** Also include entries that have ended or were stopped; by default only running ones (aktif, dalam perpanjangan). */
  includeClosed?: boolean;
}

function description(e: RegisterEntry, text: RegisterText): string {
  const t = translator(text);
  const lines = [
    e.partners.length > 0 &&
      t("register.ics.descPartners", {
        value: e.partners.map((p) => `${p.name} (${partnerTypeLabel(p.type, text)})`).join("; "),
      }),
    t("register.ics.descInstrument", { value: t(`register.instrument.${e.instrument}`) }),
    e.number !== "" && t("register.ics.descNumber", { value: e.number }),
    e.signedOn !== "" && t("register.ics.descSignedOn", { value: formatLocalDate(e.signedOn) }),
    e.endsOn !== "" && t("register.ics.descEndsOn", { value: formatLocalDate(e.endsOn) }),
    e.personInCharge !== "" && t("register.ics.descPersonInCharge", { value: e.personInCharge }),
    t("register.ics.descStatus", { value: t(`register.status.${e.status}`) }),
    "",
    t("register.ics.descFooter"),
  ];
  return lines.filter((l): l is string => l !== false).join("\n");
}

function event(e: RegisterEntry, kind: EventKind, date: string, options: CalendarOptions): string[] {
  const t = translator(options.text);
  const params = { name: e.name, date: formatLocalDate(date) };
  const summary = t(kind === "berakhir" ? "register.ics.endSummary" : "register.ics.reviewSummary", params);
  const alarm = t(kind === "berakhir" ? "register.ics.endAlarm" : "register.ics.reviewAlarm", params);
  return [
    "BEGIN:VEVENT",
    `UID:${eventUid(e.id, kind)}`,
    `DTSTAMP:${icsUtc(options.now)}`,
    `LAST-MODIFIED:${icsUtc(new Date(e.updatedAt))}`,
    `DTSTART;VALUE=DATE:${icsDate(date)}`,
    // All-day: DTEND is exclusive, so the next day (addDays cannot fail on a validated date).
    `DTEND;VALUE=DATE:${icsDate(addDays(date, 1) ?? date)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description(e, options.text))}`,
    "TRANSP:TRANSPARENT",
    ...ALARM_TRIGGERS.flatMap((trigger) => [
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:${trigger}`,
      `DESCRIPTION:${escapeText(alarm)}`,
      "END:VALARM",
    ]),
    "END:VEVENT",
  ];
}

/** The events the calendar will hold, in the register's default order: end date first, then review date. */
export function calendarEvents(
  entries: readonly RegisterEntry[],
  options: Pick<CalendarOptions, "today" | "includeClosed">,
): { entry: RegisterEntry; kind: EventKind; date: string }[] {
  const out: { entry: RegisterEntry; kind: EventKind; date: string }[] = [];
  for (const entry of sortByEndDate(entries)) {
    if (!options.includeClosed && !runningStatuses.includes(entry.status)) continue;
    for (const [kind, date] of [
      ["berakhir", entry.endsOn],
      ["peninjauan", entry.reviewOn],
    ] as const)
      if (date !== "" && (options.today === undefined || date >= options.today)) out.push({ entry, kind, date });
  }
  return out;
}

/**
 * The .ics text, or undefined when there is no event to put in it: RFC 5545 requires at least one component,
 * and an empty calendar file would only confuse (the UI then says there is nothing to export).
 */
export function registerCalendar(entries: readonly RegisterEntry[], options: CalendarOptions): string | undefined {
  const events = calendarEvents(entries, options);
  if (events.length === 0) return undefined;
  return icsDocument([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(translator(options.text)("register.ics.calendarName"))}`,
    ...events.flatMap(({ entry, kind, date }) => event(entry, kind, date, options)),
    "END:VCALENDAR",
  ]);
}
