import { describe, expect, it } from "vitest";
import { addToComparison, type Loaded } from "../../../src/lib/assessment/compare-inputs";
import { newResult } from "../../../src/lib/assessment/result";
import { bank } from "./bank-fixture";

const ok = (id: string, instansi = ""): Loaded => ({
  ok: true,
  bank,
  result: { ...newResult(bank), id, context: { instansi, kemitraan: "", jenisMitra: "", tanggal: "" } },
});
let n = 0;
const key = () => `k${++n}`;

describe("adding results to a comparison", () => {
  it("takes the first result's bank version and labels each by its agency", () => {
    const out = addToComparison(undefined, [], [{ item: ok("p-1", "Dinas A"), source: "Berkas a" }], key);
    expect(out.bank).toBe(bank);
    expect(out.added.map((e) => [e.label, e.source])).toEqual([["Dinas A", "Berkas a"]]);
    expect(out.notes).toEqual([{ kind: "added", n: 1 }]);
  });

  it("refuses another bank version and a result already loaded, and passes read errors on", () => {
    const other = { ...bank, version: 2 };
    const first = addToComparison(undefined, [], [{ item: ok("p-1"), source: "A" }], key);
    const out = addToComparison(
      first.bank,
      first.added,
      [
        { item: { ok: true, bank: other, result: { ...newResult(other), id: "p-2" } }, source: "B" },
        { item: ok("p-1"), source: "C" },
        { item: { ok: false, error: { key: "transfer.import.notJson" } }, source: "D" },
        { item: ok("p-3"), source: "E" },
      ],
      key,
    );
    expect(out.notes).toEqual([
      {
        kind: "problem",
        source: "B",
        error: {
          key: "compare.otherVersion",
          params: { title: "Bank uji", version: 2, currentTitle: "Bank uji", currentVersion: 1 },
        },
      },
      { kind: "problem", source: "C", error: { key: "compare.alreadyLoaded" } },
      { kind: "problem", source: "D", error: { key: "transfer.import.notJson" } },
      { kind: "added", n: 1 },
    ]);
    expect(out.added.map((e) => e.result.id)).toEqual(["p-3"]);
  });

  it("adds nothing and says nothing was added when every input fails", () => {
    const out = addToComparison(undefined, [], [{ item: { ok: false, error: { key: "x" } }, source: "A" }], key);
    expect(out).toMatchObject({ bank: undefined, added: [] });
    expect(out.notes.some((note) => note.kind === "added")).toBe(false);
  });
});
