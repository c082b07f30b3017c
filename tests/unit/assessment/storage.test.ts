import { describe, expect, it } from "vitest";
import { clearDraft, draftKey, loadDraft, saveDraft } from "../../../src/lib/assessment/storage";
import { newResult, setAnswer } from "../../../src/lib/assessment/result";
import { bank } from "./bank-fixture";
import { FakeStorage } from "./fake-storage";

describe("draft storage", () => {
  it("saves and loads a draft", () => {
    const s = new FakeStorage();
    const r = setAnswer(newResult(bank), "kebutuhan-1", 5);
    expect(saveDraft(r, s)).toEqual({ ok: true });
    expect(loadDraft(bank, s)).toEqual({ status: "ok", value: r });
    expect(clearDraft(bank.id, s)).toEqual({ ok: true });
    expect(loadDraft(bank, s)).toEqual({ status: "empty" });
  });

  it("keeps corrupted data aside under another key instead of wiping it", () => {
    const s = new FakeStorage();
    s.map.set(draftKey(bank.id), "{not json");
    const read = loadDraft(bank, s);
    expect(read.status).toBe("corrupt");
    if (read.status !== "corrupt") return;
    expect(read.code).toBe("storage.corrupt");
    expect(read.keptAs).toMatch(/^siapmitra-penilaian:rusak:/);
    expect(s.getItem(read.keptAs!)).toBe("{not json");
    expect(s.getItem(draftKey(bank.id))).toBeNull();
  });

  it("leaves invalid data in place when it cannot be copied aside", () => {
    const s = new FakeStorage();
    s.map.set(draftKey(bank.id), JSON.stringify({ format: 1, answers: 3 }));
    s.failWith = new DOMException("full", "QuotaExceededError");
    const read = loadDraft(bank, s);
    expect(read.status).toBe("corrupt");
    expect(s.getItem(draftKey(bank.id))).not.toBeNull();
  });

  it("reports a full or blocked storage in Indonesian", () => {
    const s = new FakeStorage();
    s.failWith = new DOMException("full", "QuotaExceededError");
    expect(saveDraft(newResult(bank), s)).toEqual({ ok: false, code: "storage.full" });
    s.failWith = new DOMException("denied", "SecurityError");
    expect(saveDraft(newResult(bank), s)).toEqual({ ok: false, code: "storage.unavailable" });
    expect(loadDraft(bank, undefined)).toMatchObject({ status: "unavailable" });
  });
});
