import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapLabel } from "../../../src/lib/assessment/chart-labels";

describe("wrapLabel", () => {
  it("keeps short labels and single words whole", () => {
    expect(wrapLabel("Monev")).toBe("Monev");
    expect(wrapLabel("Keberlanjutan")).toBe("Keberlanjutan");
  });
  it("breaks longer labels at spaces, joining words that fit", () => {
    expect(wrapLabel("Sumber daya")).toEqual(["Sumber", "daya"]);
    expect(wrapLabel("Kebutuhan, mitra")).toEqual(["Kebutuhan,", "mitra"]);
    expect(wrapLabel("Visi & tujuan bersama", 13)).toEqual(["Visi & tujuan", "bersama"]);
  });
  it("never loses or reorders a word", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z,&]{1,14}$/), { minLength: 1, maxLength: 5 }), (words) => {
        const out = wrapLabel(words.join(" "));
        expect(Array.isArray(out) ? out.join(" ") : out).toBe(words.join(" "));
      }),
      { numRuns: 1000 },
    );
  });
});
