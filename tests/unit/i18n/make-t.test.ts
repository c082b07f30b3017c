import { describe, expect, it } from "vitest";
import { interpolate, makeT } from "../../../src/i18n/make-t";

describe("interpolate", () => {
  it("fills every placeholder, repeated ones too", () => {
    expect(interpolate("{n} dari {total} · {n}", { n: 3, total: 40 })).toBe("3 dari 40 · 3");
  });
  it("leaves a placeholder without a parameter visible rather than blank", () => {
    expect(interpolate("Hasil untuk “{q}”", {})).toBe("Hasil untuk “{q}”");
  });
  it("does not read inherited properties as parameters", () => {
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });
  it("returns the template untouched without parameters", () => {
    expect(interpolate("Tanpa {x}")).toBe("Tanpa {x}");
  });
});

describe("makeT", () => {
  it("looks a key up and interpolates", () => {
    const t = makeT({ "a.b": "Halo {nama}" } as const);
    expect(t("a.b", { nama: "Dinas" })).toBe("Halo Dinas");
  });
});
