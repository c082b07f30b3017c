// Codec tests in Indonesia's easternmost zone (UTC+9, WIT): date-only values must never shift by a day.
// Node re-reads process.env.TZ when it changes, so setting it here moves every local-date call in this file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate } from "../../../src/lib/site/dates";
import { csvLabels } from "../../../src/i18n/share";
import { decodeExport, encodeExport, exportFileName } from "../../../src/lib/assessment/codec-json";
import { encodePlain, fromPayload, parseFragment, toPayload } from "../../../src/lib/assessment/share-link";
import { itemsCsv } from "../../../src/lib/assessment/codec-csv";
import { parseCsv } from "../../../src/lib/csv/parse";
import { newResult } from "../../../src/lib/assessment/result";
import { bank } from "./bank-fixture";

const original = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "Asia/Jayapura";
});
afterAll(() => {
  process.env.TZ = original;
});

describe("date-only values under TZ=Asia/Jayapura", () => {
  it("runs in UTC+9", () => {
    expect(new Date(2026, 10, 28).getTimezoneOffset()).toBe(-540);
  });

  it("00:30 WIT on 29 November is still 29 November (toISOString would say the 28th)", () => {
    const early = new Date("2026-11-28T15:30:00.000Z");
    expect(early.toISOString().slice(0, 10)).toBe("2026-11-28");
    expect(localDate(early)).toBe("2026-11-29");
    const r = { ...newResult(bank, early), completedAt: early.toISOString() };
    expect(exportFileName(r, localDate(new Date(r.completedAt)), "json")).toBe("siapmitra-kesiapan-2026-11-29.json");
  });

  it("a date-only context value survives JSON, CSV and share-link round trips unchanged", () => {
    const r = {
      ...newResult(bank),
      context: { instansi: "Dinas", kemitraan: "", jenisMitra: "", tanggal: "2026-01-01" },
    };
    const json = decodeExport(encodeExport(r));
    expect(json.ok && json.result.context.tanggal).toBe("2026-01-01");
    expect(parseCsv(itemsCsv(bank, r, csvLabels())).rows[1]![3]).toBe("2026-01-01");
    const parsed = parseFragment(encodePlain(toPayload(bank, r)));
    expect(parsed.kind === "plain" && fromPayload(parsed.payload, bank)).toMatchObject({
      ok: true,
      result: { context: { tanggal: "2026-01-01" } },
    });
  });
});
