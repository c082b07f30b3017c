import { describe, expect, it } from "vitest";
import { richParts } from "../../../src/i18n/rich";

describe("richParts", () => {
  it("splits a sentence around its named links and strong runs", () => {
    expect(
      richParts("Buka <riwayat>riwayat penilaian</riwayat> atau <strong>baca</strong> <cara>metodologi</cara>.", {
        riwayat: "/r/",
        cara: "/m/",
      }),
    ).toEqual([
      { text: "Buka " },
      { text: "riwayat penilaian", href: "/r/" },
      { text: " atau " },
      { text: "baca", strong: true },
      { text: " " },
      { text: "metodologi", href: "/m/" },
      { text: "." },
    ]);
  });
  it("keeps a tag without a link as plain text rather than dropping words", () => {
    expect(richParts("a <x>b</x> c")).toEqual([{ text: "a " }, { text: "<x>b</x>" }, { text: " c" }]);
  });
  it("returns the sentence whole when it has no tags", () => {
    expect(richParts("Tanpa tautan.")).toEqual([{ text: "Tanpa tautan." }]);
  });
});
