import { describe, expect, it } from "vitest";
import { bankKey, parseBankKey } from "../../../src/lib/assessment/bank-json";

describe("bank keys", () => {
  it("round-trips id and version", () => {
    expect(parseBankKey(bankKey({ id: "kesiapan", version: 2 }))).toEqual({ id: "kesiapan", version: 2 });
  });
  it("refuses anything else", () => {
    for (const bad of ["kesiapan", "kesiapan@0", "kesiapan@x", "Kesiapan@1", "a@1@2", "../x@1", ""])
      expect(parseBankKey(bad)).toBeUndefined();
  });
});
