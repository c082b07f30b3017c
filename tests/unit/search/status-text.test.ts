// The status line the dialog and /cari/ both announce: the same words and the same count for the same outcome.
import { describe, expect, it } from "vitest";
import { countText, statusText, type SearchState } from "../../../src/islands/search/useSearch";
import { realEngine } from "./support/engine";

const ready = (query: string, type?: "kasus"): SearchState => ({
  status: "ready",
  query,
  type,
  outcome: realEngine().search(query, { type }),
  suggestions: [],
});

describe("search status line", () => {
  it("shows a capped list as such", () => {
    expect(countText(42)).toBe("42");
    expect(countText(100)).toBe("100");
    expect(countText(101)).toBe("100+");
    expect(countText(1234)).toBe("100+");
  });

  it("counts every kind, and says how many of them a filter shows", () => {
    const all = ready("sampah");
    expect(statusText(all)).toMatch(/^\d+ hasil untuk “sampah”\.$/);
    const cases = ready("sampah", "kasus");
    expect(statusText(cases)).toMatch(/^\d+ dari \d+ hasil untuk “sampah”: Studi kasus\.$/);
    expect(statusText(ready("xyzzy"))).toBe("Tidak ada hasil untuk “xyzzy”.");
    expect(statusText({ status: "loading" })).toBe("Memuat indeks pencarian…");
    expect(statusText({ status: "spelling" })).toBe("Mencari ejaan yang mirip…");
  });
});
