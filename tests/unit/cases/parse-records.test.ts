import { describe, expect, it } from "vitest";
import { parseCaseRecords } from "../../../src/lib/cases/parse-records";
import { caseYears, resultSentence } from "../../../src/i18n/cases";
import { records } from "./fixture";

describe("parseCaseRecords", () => {
  it("accepts well-formed records as they come from JSON", () => {
    expect(parseCaseRecords(JSON.parse(JSON.stringify(records)))).toEqual(records);
  });

  it.each([
    ["not an array", { cases: records }],
    ["a missing field", [{ ...records[0], title: undefined }]],
    ["an id that is not a slug", [{ ...records[0], id: "../x" }]],
    ["an end before the start", [{ ...records[0], start: 2020, end: 2019 }]],
    ["a year as a string", [{ ...records[0], start: "2016" }]],
    ["a list of numbers for tags", [{ ...records[0], tags: [1, 2] }]],
    ["two records with one id", [records[0], records[0]]],
  ])("rejects %s", (_label, json) => {
    expect(parseCaseRecords(json)).toBeNull();
  });
});

describe("texts", () => {
  it("writes the period with an en dash, 'kini' while running", () => {
    expect(caseYears(2016, 2021)).toBe("2016–2021");
    expect(caseYears(2019)).toBe("2019–kini");
  });

  it("says how many cases are shown, with the query, in Indonesian", () => {
    expect(resultSentence(24, 24, "")).toBe("Menampilkan semua 24 studi kasus.");
    expect(resultSentence(3, 24, "")).toBe("Menampilkan 3 dari 24 studi kasus.");
    expect(resultSentence(24, 24, " air ")).toBe("Menampilkan 24 dari 24 studi kasus untuk “air”.");
    expect(resultSentence(0, 24, "zzz")).toBe("Tidak ada studi kasus yang cocok untuk “zzz”.");
    expect(resultSentence(0, 24, " ")).toBe("Tidak ada studi kasus yang cocok.");
    expect(resultSentence(3, 1500, "")).toBe("Menampilkan 3 dari 1.500 studi kasus.");
  });
});
