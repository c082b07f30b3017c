import { describe, expect, it } from "vitest";
import {
  contentDateAttr,
  formatContentDate,
  formatDecimal,
  formatInteger,
  formatPartialDate,
  formatPrecise,
  listAnd,
} from "../../../src/lib/site/format";

describe("Indonesian number formats", () => {
  it("uses a decimal comma with two decimals", () => {
    expect(formatDecimal(3.75)).toBe("3,75");
    expect(formatDecimal(4)).toBe("4,00");
  });
  it("shows up to four decimals for a worked example, without trailing zeros", () => {
    expect(formatPrecise(31.9833333 / 8)).toBe("3,9979");
    expect(formatPrecise(4)).toBe("4");
  });
  it("joins a list with commas and “dan”", () => {
    expect(listAnd(["3", "4", "Tidak berlaku"])).toBe("3, 4, dan Tidak berlaku");
    expect(listAnd(["5"])).toBe("5");
  });
  it("uses a dot for thousands", () => {
    expect(formatInteger(1234567)).toBe("1.234.567");
  });
});

describe("content dates", () => {
  const date = new Date("2026-11-28"); // how zod coerces a YAML date: midnight UTC
  it("formats the date written in the file, whatever the machine's zone", () => {
    expect(formatContentDate(date)).toBe("28 November 2026");
    expect(contentDateAttr(date)).toBe("2026-11-28");
  });
});

describe("dates as precise as their source", () => {
  it("writes a day, a month or a year the Indonesian way", () => {
    expect(formatPartialDate("2017-07-20")).toBe("20 Juli 2017");
    expect(formatPartialDate("2020-09")).toBe("September 2020");
    expect(formatPartialDate("2021")).toBe("2021");
  });
  it("leaves what is not such a date untouched", () => {
    for (const v of ["2021-02-30", "2021-13", "20-07-2017", "akhir 2022", ""]) expect(formatPartialDate(v)).toBe(v);
  });
});
