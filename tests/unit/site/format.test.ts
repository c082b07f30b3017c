import { describe, expect, it } from "vitest";
import { contentDateAttr, formatContentDate, formatDecimal, formatInteger } from "../../../src/lib/site/format";

describe("Indonesian number formats", () => {
  it("uses a decimal comma with two decimals", () => {
    expect(formatDecimal(3.75)).toBe("3,75");
    expect(formatDecimal(4)).toBe("4,00");
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
