import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { historyKey } from "../../../src/lib/assessment/history";
import { clearAllSiteData } from "../../../src/lib/storage/local";
import { BACKUP_KIND, backupFromStorage, importRegisterBackup, registerBackup } from "../../../src/lib/register/backup";
import {
  addEntries,
  addEntry,
  deleteEntry,
  getEntry,
  listRegister,
  REGISTER_PREFIX,
  registerKey,
  saveEntry,
} from "../../../src/lib/register/storage";
import { limits } from "../../../src/lib/register/types";
import { FakeStorage } from "../assessment/fake-storage";
import { entry, entryArb } from "./support";

const ids = (() => {
  let n = 0;
  return () => `k-new-${++n}`;
})();

describe("register storage", () => {
  it("keeps one key per entry under siapmitra-daftar:", () => {
    const s = new FakeStorage();
    const e = entry({ id: "k-1" });
    expect(saveEntry(e, s)).toEqual({ ok: true });
    expect([...s.map.keys()]).toEqual(["siapmitra-daftar:k-1"]);
    expect(REGISTER_PREFIX.startsWith("siapmitra")).toBe(true);
    expect(getEntry("k-1", s)).toEqual({ status: "ok", value: e });
    expect(listRegister(s)).toEqual({ entries: [e], keptAside: [], leftInPlace: 0, unavailable: false });
    expect(deleteEntry("k-1", s)).toEqual({ ok: true });
    expect(getEntry("k-1", s)).toEqual({ status: "empty" });
  });

  it("stores any valid entry and reads it back unchanged", () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const s = new FakeStorage();
        expect(saveEntry(e, s)).toEqual({ ok: true });
        expect(listRegister(s).entries).toEqual([e]);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses to store an invalid entry", () => {
    const s = new FakeStorage();
    expect(saveEntry(entry({ name: "" }), s)).toEqual({ ok: false, code: "register.storage.invalid" });
    expect(s.length).toBe(0);
  });

  it("moves an unreadable entry aside and still lists the others", () => {
    const s = new FakeStorage();
    const good = entry({ id: "k-good" });
    saveEntry(good, s);
    s.map.set(registerKey("k-broken"), "{not json");
    s.map.set(registerKey("k-invalid"), JSON.stringify({ ...entry({ id: "k-invalid" }), status: "??" }));
    const list = listRegister(s);
    expect(list.entries).toEqual([good]);
    expect(list.keptAside).toHaveLength(2);
    for (const key of list.keptAside) {
      expect(key.startsWith(`${REGISTER_PREFIX}rusak:`)).toBe(true);
    }
    expect(list.keptAside.map((k) => s.getItem(k))).toContain("{not json");
    expect(s.getItem(registerKey("k-broken"))).toBeNull();
    // A second read finds nothing broken: the kept-aside copies are not entries.
    expect(listRegister(s)).toMatchObject({ entries: [good], keptAside: [] });
  });

  it("does not trust an entry stored under another entry's key", () => {
    const s = new FakeStorage();
    s.map.set(registerKey("k-a"), JSON.stringify(entry({ id: "k-b" })));
    expect(listRegister(s)).toMatchObject({ entries: [], keptAside: [expect.any(String)] });
  });

  it("leaves an unreadable entry in place when it cannot be copied aside", () => {
    const s = new FakeStorage();
    s.map.set(registerKey("k-x"), "[]");
    s.failWith = new DOMException("full", "QuotaExceededError");
    expect(listRegister(s)).toMatchObject({ entries: [], keptAside: [], leftInPlace: 1 });
    expect(s.getItem(registerKey("k-x"))).toBe("[]");
  });

  it("reports a full or missing storage as codes", () => {
    const s = new FakeStorage();
    s.failWith = new DOMException("full", "QuotaExceededError");
    expect(saveEntry(entry(), s)).toEqual({ ok: false, code: "register.storage.full" });
    s.failWith = new DOMException("denied", "SecurityError");
    expect(saveEntry(entry(), s)).toEqual({ ok: false, code: "register.storage.unavailable" });
    expect(listRegister(undefined).unavailable).toBe(true);
    expect(addEntries([entry()], undefined)).toEqual([{ ok: false, code: "register.storage.unavailable" }]);
  });

  it("adding never replaces anything: a taken id, even by broken data, gets a new id", () => {
    const s = new FakeStorage();
    const first = entry({ id: "k-1", name: "Pertama" });
    saveEntry(first, s);
    s.map.set(registerKey("k-2"), "{broken");
    const outcomes = addEntries(
      [entry({ id: "k-1", name: "Kedua" }), entry({ id: "k-2" }), entry({ id: "k-3" })],
      s,
      ids,
    );
    expect(outcomes.map((o) => o.ok && o.entry.id)).toEqual(["k-new-1", "k-new-2", "k-3"]);
    expect(getEntry("k-1", s)).toEqual({ status: "ok", value: first });
    expect(s.getItem(registerKey("k-2"))).toBe("{broken");
  });

  it("stops adding at the register's size limit", () => {
    // FakeStorage.key() copies all keys on each call; cache them so 10,000 keys stay fast.
    const s = new (class extends FakeStorage {
      private cache: string[] | undefined;
      override key(i: number) {
        this.cache ??= [...this.map.keys()];
        return this.cache[i] ?? null;
      }
      override setItem(k: string, v: string) {
        this.cache = undefined;
        super.setItem(k, v);
      }
    })();
    for (let i = 0; i < limits.entries - 1; i++) s.map.set(registerKey(`k-${i}`), "{}");
    const outcomes = addEntries([entry({ id: "a-1" }), entry({ id: "a-2" })], s);
    expect(outcomes).toEqual([
      { ok: true, entry: expect.objectContaining({ id: "a-1" }) },
      { ok: false, code: "register.storage.full" },
    ]);
  });

  it("gives up instead of looping when the id source keeps returning taken ids", () => {
    const s = new FakeStorage();
    saveEntry(entry({ id: "k-same" }), s);
    expect(addEntry(entry({ id: "k-same" }), s, () => "k-same")).toEqual({
      ok: false,
      code: "register.storage.unavailable",
    });
  });

  it('"Hapus semua data" removes the register and its kept-aside entries, and nothing of other sites', () => {
    const s = new FakeStorage();
    saveEntry(entry({ id: "k-1" }), s);
    s.map.set(registerKey("k-broken"), "{");
    listRegister(s); // moves k-broken aside
    s.map.set(historyKey("p-1"), "{}");
    s.map.set("situs-lain:data", "tetap");
    const before = s.length;
    expect(clearAllSiteData(s)).toEqual({ removed: before - 1, ok: true });
    expect([...s.map.keys()]).toEqual(["situs-lain:data"]);
  });
});

describe("register backup", () => {
  const now = new Date("2026-11-28T03:15:00.000Z");

  it("has a marker, the format, the export time and the entries ordered by id", () => {
    const b = registerBackup([entry({ id: "k-b" }), entry({ id: "k-a" })], now);
    expect(b).toMatchObject({ jenis: BACKUP_KIND, format: 1, diekspor: "2026-11-28T03:15:00.000Z" });
    expect(b.entries.map((e) => e.id)).toEqual(["k-a", "k-b"]);
  });

  it("restores into an empty register, and restoring again changes nothing", () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 8 }), (list) => {
        const from = new FakeStorage();
        addEntries(list, from);
        const { backup } = backupFromStorage(from, now);
        const text = JSON.stringify(backup);
        const to = new FakeStorage();
        expect(importRegisterBackup(JSON.parse(text), to, ids)).toEqual({
          ok: true,
          added: list.length,
          same: 0,
          copies: 0,
          invalid: [],
          failed: [],
        });
        expect(importRegisterBackup(JSON.parse(text), to, ids)).toMatchObject({ added: 0, same: list.length });
        expect(registerBackup(listRegister(to).entries, now)).toEqual(backup);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps both versions when an id holds different content, and reports bad entries without stopping", () => {
    const s = new FakeStorage();
    const mine = entry({ id: "k-1", name: "Versi perangkat ini" });
    saveEntry(mine, s);
    const theirs = { ...mine, name: "Versi cadangan" };
    const r = importRegisterBackup(
      { ...registerBackup([theirs], now), entries: [theirs, { ...entry(), endsOn: "kemarin" }, entry({ id: "k-2" })] },
      s,
      ids,
    );
    expect(r).toMatchObject({
      ok: true,
      added: 1,
      copies: 1,
      invalid: [{ n: 2, problems: [{ key: "register.entry.endsOnInvalid" }] }],
    });
    expect(getEntry("k-1", s)).toEqual({ status: "ok", value: mine });
    expect(
      listRegister(s)
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(["Versi cadangan", "Versi perangkat ini", expect.any(String)].sort());
  });

  it("refuses what is not a register backup, a newer format and an oversized one", () => {
    const s = new FakeStorage();
    expect(importRegisterBackup(null, s)).toEqual({ ok: false, code: "register.backup.notBackup" });
    expect(importRegisterBackup({ jenis: "siapmitra-penilaian", entries: [] }, s)).toEqual({
      ok: false,
      code: "register.backup.notBackup",
    });
    expect(importRegisterBackup({ jenis: BACKUP_KIND, format: 2, entries: [] }, s)).toEqual({
      ok: false,
      code: "register.backup.formatFuture",
    });
    expect(
      importRegisterBackup({ jenis: BACKUP_KIND, format: 1, entries: new Array(limits.entries + 1).fill({}) }, s),
    ).toEqual({ ok: false, code: "register.backup.tooMany" });
    expect(s.length).toBe(0);
  });

  it("reports entries that could not be written when storage fills up", () => {
    const s = new FakeStorage();
    s.failWith = new DOMException("full", "QuotaExceededError");
    expect(importRegisterBackup(registerBackup([entry()], now), s)).toMatchObject({
      ok: true,
      added: 0,
      failed: [{ n: 1, code: "register.storage.full" }],
    });
  });
});
