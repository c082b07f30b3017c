import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deleteFromHistory,
  getFromHistory,
  historyKey,
  importToHistory,
  listHistory,
  renameInHistory,
  saveToHistory,
} from "../../../src/lib/assessment/history";
import { draftKey, STORAGE_PREFIX } from "../../../src/lib/assessment/storage";
import { clearAllSiteData } from "../../../src/lib/storage/local";
import { upgrade, type Migration } from "../../../src/lib/assessment/migrate";
import { mapToVersion } from "../../../src/lib/assessment/versions";
import { dimensionChanges, previousOf } from "../../../src/lib/assessment/overlay";
import type { StoredResult } from "../../../src/lib/assessment/types";
import { tm } from "../../../src/i18n/transfer";
import { bank, fill } from "./bank-fixture";
import { FakeStorage } from "./fake-storage";
import { storedResult } from "./result-arbitrary";

const done = (r: StoredResult, at = "2026-11-28T03:00:00.000Z"): StoredResult => ({ ...r, completedAt: at });
const sample = () => fc.sample(storedResult, 1)[0]!;

describe("result format migration", () => {
  const chain: Record<number, Migration> = {
    1: (v) => ({ ...v, format: 2, extra: "dua" }),
    2: (v) => ({ ...v, format: 3, extra: `${String(v["extra"])}-tiga` }),
  };
  it("runs every step from the stored format up to the target", () => {
    expect(upgrade({ format: 1 }, 3, chain)).toEqual({ ok: true, value: { format: 3, extra: "dua-tiga" } });
    expect(upgrade({ format: 2, extra: "x" }, 3, chain)).toEqual({ ok: true, value: { format: 3, extra: "x-tiga" } });
  });
  it("refuses a future format, an unknown one, a missing step and a step that throws, without throwing", () => {
    expect(upgrade({ format: 4 }, 3, chain)).toEqual({ ok: false, code: "transfer.migrate.future" });
    expect(upgrade({ format: "1" }, 3, chain)).toEqual({ ok: false, code: "transfer.migrate.unknown" });
    expect(upgrade([], 3, chain)).toEqual({ ok: false, code: "transfer.migrate.unknown" });
    expect(upgrade({ format: 1 }, 3, { 1: chain[1]! })).toEqual({ ok: false, code: "transfer.migrate.broken" });
    expect(
      upgrade({ format: 1 }, 2, {
        1: () => {
          throw new Error("x");
        },
      }),
    ).toEqual({ ok: false, code: "transfer.migrate.broken" });
  });
  it("the current format passes unchanged", () => {
    const r = sample();
    expect(upgrade(r)).toEqual({ ok: true, value: r });
  });
});

describe("history storage", () => {
  it("adopts a completed part-1 draft into the history, once", () => {
    const s = new FakeStorage();
    const r = done(sample());
    s.setItem(draftKey(bank.id), JSON.stringify(r));
    const { completedAt: _c, ...open } = { ...sample(), id: "in-progress" };
    s.setItem(draftKey("kesehatan"), JSON.stringify(open));
    expect(listHistory(s).entries).toEqual([r]);
    expect(listHistory(s).entries).toHaveLength(1);
    expect(s.getItem(draftKey(bank.id))).not.toBeNull();
  });

  it("keeps a corrupted entry aside, lists the rest and says so", () => {
    const s = new FakeStorage();
    const good = done(sample());
    saveToHistory(good, s);
    s.setItem(historyKey("rusak-1"), "{broken");
    const list = listHistory(s);
    expect(list.entries).toEqual([good]);
    expect(list.problems).toHaveLength(1);
    const kept = [...s.map.keys()].filter((k) => k.startsWith(`${STORAGE_PREFIX}:rusak:`));
    expect(kept).toHaveLength(1);
    expect(s.getItem(kept[0]!)).toBe("{broken");
  });

  it("an entry from a future version is kept aside, not lost", () => {
    const s = new FakeStorage();
    s.setItem(historyKey("baru"), JSON.stringify({ ...done(sample()), format: 9 }));
    const list = listHistory(s);
    expect(list.entries).toEqual([]);
    expect([...s.map.values()].some((v) => v.includes('"format":9'))).toBe(true);
  });

  it("import never overwrites: same content is recognised, different content becomes a copy", () => {
    const s = new FakeStorage();
    const r = done(sample());
    expect(importToHistory(r, s)).toEqual({ status: "saved", result: r });
    expect(importToHistory(r, s)).toEqual({ status: "same", result: r });
    const changed = { ...r, name: "ubahan" };
    const out = importToHistory(changed, s, () => "p-salinan");
    expect(out).toEqual({ status: "copy", result: { ...changed, id: "p-salinan" } });
    expect(getFromHistory(r.id, s)).toEqual({ status: "ok", value: r });
  });

  it("renames (trimmed, empty removes the name) and deletes", () => {
    const s = new FakeStorage();
    const r = done(sample());
    saveToHistory(r, s);
    renameInHistory(r.id, "  Rapat Januari  ", s);
    expect(getFromHistory(r.id, s)).toMatchObject({ status: "ok", value: { name: "Rapat Januari" } });
    renameInHistory(r.id, " ", s);
    const read = getFromHistory(r.id, s);
    expect(read.status === "ok" && read.value.name).toBeUndefined();
    expect(renameInHistory("tidak-ada", "x", s).ok).toBe(false);
    deleteFromHistory(r.id, s);
    expect(getFromHistory(r.id, s)).toEqual({ status: "empty" });
  });

  it("lists newest first", () => {
    const s = new FakeStorage();
    const a = done({ ...sample(), id: "a" }, "2026-01-01T00:00:00.000Z");
    const b = done({ ...sample(), id: "b" }, "2026-06-01T00:00:00.000Z");
    saveToHistory(a, s);
    saveToHistory(b, s);
    expect(listHistory(s).entries.map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("reports blocked storage instead of throwing", () => {
    expect(listHistory(undefined).unavailable).toBe("storage.unavailable");
    expect(tm({ key: "storage.unavailable" })).toMatch(/tidak dapat dipakai/);
  });

  it("'Hapus semua data' removes only SiapMitra keys", () => {
    const s = new FakeStorage();
    const t = new FakeStorage();
    saveToHistory(done(sample()), s);
    s.setItem("siapmitra-tema", "gelap");
    s.setItem("situs-lain", "tetap");
    t.setItem("siapmitra-penilaian:draf:kesiapan", "{}");
    expect(clearAllSiteData(s, t, undefined)).toEqual({ removed: 3, ok: true });
    expect([...s.map.keys()]).toEqual(["situs-lain"]);
    expect(t.length).toBe(0);
  });
});

describe("versions and overlay", () => {
  it("maps a result onto another version, listing removed and added items", () => {
    const v2 = {
      ...bank,
      version: 2,
      items: [
        ...bank.items.filter((i) => i.id !== "kebutuhan-4"),
        { ...bank.items[0]!, id: "kebutuhan-5", statement: "Baru" },
      ],
    };
    const r = { ...sample(), answers: { ...fill("kebutuhan", [5, 4, 3, 2]) }, evidence: { "kebutuhan-4": ["mou"] } };
    const m = mapToVersion(r, bank, v2);
    expect(m.result.bank).toEqual({ id: "kesiapan", version: 2 });
    expect(m.result.answers).toEqual(fill("kebutuhan", [5, 4, 3]));
    expect(m.result.evidence).toEqual({});
    expect(m.removed.map((i) => i.id)).toEqual(["kebutuhan-4"]);
    expect(m.added.map((i) => i.id)).toEqual(["kebutuhan-5"]);
  });

  it("gives the change per dimension and finds earlier results of the same bank", () => {
    const before = done({
      ...sample(),
      id: "lama",
      answers: { ...fill("kebutuhan", [2, 2, 2, 2]), ...fill("keselarasan", [3, 3]) },
    });
    const after = done({ ...sample(), id: "baru", answers: { ...fill("kebutuhan", [4, 4, 4, 4]) } });
    const changes = dimensionChanges(bank, before, after);
    expect(changes[0]).toMatchObject({ id: "kebutuhan", before: 2, after: 4, change: 2 });
    expect(changes[1]).toMatchObject({ id: "keselarasan", before: 3, after: null, change: null });
    const other = done({ ...sample(), id: "lain", bank: { id: "kesehatan", version: 1 } });
    expect(previousOf(after, [after, before, other]).map((r) => r.id)).toEqual(["lama"]);
  });
});
