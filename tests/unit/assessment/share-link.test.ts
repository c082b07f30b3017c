import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodePlain,
  encodeSealed,
  fromPayload,
  MAX_FRAGMENT,
  parseFragment,
  toPayload,
  unseal,
  shareErrors,
} from "../../../src/lib/assessment/share-link";
import { tm } from "../../../src/i18n/transfer";
import { answerValues, type Answer, type StoredResult } from "../../../src/lib/assessment/types";
import { bank } from "./bank-fixture";
import { storedResult } from "./result-arbitrary";

const RUNS = { numRuns: 1000 };
// Real links use PBKDF2_ITERATIONS; the codec is the same at any count, so tests stay fast with a small one.
const ITER = 1;

/** What a link carries: everything but the action plan, with evidence in the bank's order. */
const shareable = (r: StoredResult): StoredResult => ({
  ...r,
  actionPlan: [],
  evidence: Object.fromEntries(
    Object.entries(r.evidence).map(([k, v]) => [
      k,
      (bank.items.find((i) => i.id === k)?.evidence ?? []).filter((e) => v.includes(e)),
    ]),
  ),
});

function decodePlain(fragment: string) {
  const parsed = parseFragment(fragment);
  if (parsed.kind !== "plain") return parsed;
  return fromPayload(parsed.payload, bank);
}

describe("share link codec", () => {
  it("plain: encode → decode is the identity (1,000 runs)", () => {
    fc.assert(
      fc.property(storedResult, (r) => {
        expect(decodePlain(`#${encodePlain(toPayload(bank, r))}`)).toEqual({ ok: true, result: shareable(r) });
      }),
      RUNS,
    );
  });

  it("parseFragment never throws on arbitrary text (1,000 runs)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `p1.${s}`),
          fc.string().map((s) => `k1.${s}`),
        ),
        (s) => {
          const p = parseFragment(s);
          expect(["plain", "sealed", "error"]).toContain(p.kind);
        },
      ),
      RUNS,
    );
  });

  it("any single changed character or truncation of a plain link is detected (1,000 runs)", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    fc.assert(
      fc.property(storedResult, fc.nat(), fc.nat(), fc.boolean(), (r, pos, pick, truncate) => {
        const link = encodePlain(toPayload(bank, r));
        let bad: string;
        if (truncate) bad = link.slice(0, pos % link.length);
        else {
          const i = pos % link.length;
          let c = alphabet[pick % alphabet.length]!;
          if (c === link[i]) c = alphabet[(pick + 1) % alphabet.length]!;
          bad = link.slice(0, i) + c + link.slice(i + 1);
        }
        const p = parseFragment(bad);
        expect(p.kind).toBe("error");
      }),
      RUNS,
    );
  });

  it("fromPayload never throws on structurally valid but random payloads (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-5nx-]{0,14}$/), fc.stringMatching(/^[0-9a-z.]{0,30}$/), (a, e) => {
        const p = { ...toPayload(bank, { ...shareable(fc.sample(storedResult, 1)[0]!) }), a, e };
        const d = fromPayload(p, bank);
        if (!d.ok) expect(tm(d.error)).not.toBe(d.error.key);
      }),
      RUNS,
    );
  });

  it("refuses an over-long fragment, an unknown kind and a future format with messages", () => {
    expect(parseFragment(`#p1.${"A".repeat(MAX_FRAGMENT)}`)).toEqual({ kind: "error", error: shareErrors.tooLong });
    expect(parseFragment("#lokal=abc")).toEqual({ kind: "error", error: shareErrors.notALink });
    expect(parseFragment("#p2.abc.def")).toEqual({ kind: "error", error: shareErrors.future });
    expect(parseFragment("")).toEqual({ kind: "error", error: shareErrors.notALink });
  });

  it("a link for a bank version with a different number of items is refused", () => {
    const r = fc.sample(storedResult, 1)[0]!;
    const p = toPayload(bank, r);
    expect(fromPayload({ ...p, a: p.a.slice(1) }, bank)).toEqual({ ok: false, error: shareErrors.otherBank });
  });

  it("carries HTML in names as literal text", () => {
    const r = { ...fc.sample(storedResult, 1)[0]!, name: "<script>alert(1)</script>" };
    const d = decodePlain(encodePlain(toPayload(bank, r)));
    expect(d).toMatchObject({ ok: true, result: { name: "<script>alert(1)</script>" } });
  });
});

describe("encrypted share links", () => {
  it("encrypt → decrypt with the passphrase is the identity (100 runs at low iteration count)", async () => {
    await fc.assert(
      fc.asyncProperty(storedResult, fc.string({ minLength: 1, maxLength: 30 }), async (r, pass) => {
        const link = await encodeSealed(toPayload(bank, r), pass, ITER);
        const parsed = parseFragment(link);
        expect(parsed.kind).toBe("sealed");
        if (parsed.kind !== "sealed") return;
        const opened = await unseal(parsed.sealed, pass, ITER);
        expect(opened.ok).toBe(true);
        if (opened.ok) expect(fromPayload(opened.payload, bank)).toEqual({ ok: true, result: shareable(r) });
      }),
      { numRuns: 100 },
    );
  });

  it("a wrong passphrase gets the clear message", async () => {
    const r = fc.sample(storedResult, 1)[0]!;
    const parsed = parseFragment(await encodeSealed(toPayload(bank, r), "rahasia-benar", ITER));
    if (parsed.kind !== "sealed") throw new Error("expected a sealed link");
    expect(await unseal(parsed.sealed, "rahasia-salah", ITER)).toEqual({
      ok: false,
      error: shareErrors.wrongPassphrase,
    });
  });

  it("the real key derivation round-trips once (600,000 PBKDF2 iterations)", async () => {
    const r = fc.sample(storedResult, 1)[0]!;
    const parsed = parseFragment(await encodeSealed(toPayload(bank, r), "kata sandi"));
    if (parsed.kind !== "sealed") throw new Error("expected a sealed link");
    const opened = await unseal(parsed.sealed, "kata sandi");
    expect(opened.ok && fromPayload(opened.payload, bank)).toEqual({ ok: true, result: shareable(r) });
  });

  it("tampered or random sealed links never throw and never open (1,000 runs)", async () => {
    const r = fc.sample(storedResult, 1)[0]!;
    const good = await encodeSealed(toPayload(bank, r), "sandi", ITER);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        async (pos, c) => {
          const i = 3 + (pos % (good.length - 3));
          if (good[i] === "." || good[i] === c) return;
          const bad = good.slice(0, i) + c + good.slice(i + 1);
          const parsed = parseFragment(bad);
          if (parsed.kind === "sealed") expect((await unseal(parsed.sealed, "sandi", ITER)).ok).toBe(false);
          else expect(parsed.kind).toBe("error");
        },
      ),
      RUNS,
    );
  });
});

describe("share link length", () => {
  it("a full 40-item bank fits comfortably in a URL (measured, reported in the closing note)", async () => {
    const big = {
      ...bank,
      items: Array.from({ length: 40 }, (_, i) => ({
        ...bank.items[i % bank.items.length]!,
        id: `butir-${i + 1}`,
        evidence: ["mou", "pks", "sk", "dpa", "notulen", "laporan"],
      })),
      evidence: ["mou", "pks", "sk", "dpa", "notulen", "laporan"].map((id) => ({ id, label: id })),
    };
    const r: StoredResult = {
      format: 2,
      id: "p-0123456789abcdef",
      bank: { id: "kesiapan", version: 1 },
      answers: Object.fromEntries(big.items.map((it, i): [string, Answer] => [it.id, answerValues[i % 7]!])),
      evidence: Object.fromEntries(big.items.map((it) => [it.id, ["mou", "sk", "laporan"]])),
      context: {
        instansi: "Dinas Komunikasi dan Informatika Kabupaten Contoh",
        kemitraan: "Kemitraan pengelolaan data terpadu 2026",
        jenisMitra: "antar-instansi",
        tanggal: "2026-11-28",
      },
      actionPlan: [],
      createdAt: "2026-11-28T01:02:03.456Z",
      updatedAt: "2026-11-28T02:02:03.456Z",
      completedAt: "2026-11-28T02:02:03.456Z",
    };
    const plain = encodePlain(toPayload(big, r));
    const sealed = await encodeSealed(toPayload(big, r), "sandi", ITER);
    const parsed = parseFragment(plain);
    expect(parsed.kind === "plain" && fromPayload(parsed.payload, big)).toEqual({ ok: true, result: r });
    console.info(
      `share fragment, 40 items with evidence and context: plain ${plain.length}, encrypted ${sealed.length} characters`,
    );
    expect(plain.length).toBeLessThan(2000);
    expect(sealed.length).toBeLessThan(2000);
  });
});
