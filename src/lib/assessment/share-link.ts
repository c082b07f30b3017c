// Share links: a result packed into the URL fragment (#…), which browsers never send to a server.
// Answers are one character per item in the bank's order: safe because a published bank version never changes.
//   plain:     p1.<base64url(JSON)>.<crc32 hex>       (the checksum catches a truncated or altered link)
//   encrypted: k1.<salt>.<iv>.<AES-GCM ciphertext>   (all base64url; GCM itself detects alteration)
import { crc32, fromBase64Url, fromUtf8, toBase64Url, utf8 } from "./base64url";
import { open, seal, PBKDF2_ITERATIONS, type Sealed } from "./crypto";
import { validateResult } from "./validate";
import type { Answer, BankData, StoredResult } from "./types";

export const SHARE_FORMAT = 1;
/** Longer fragments are refused before any work (a full bank with long names is well under 2,000 characters). */
export const MAX_FRAGMENT = 20_000;

export interface SharePayload {
  f: number;
  /** Bank id and version. */
  b: string;
  v: number;
  /** Result id. */
  i: string;
  /** One character per bank item: 1–5, "n" Tidak berlaku, "x" Tidak tahu, "-" unanswered. */
  a: string;
  /** Per item, the ticked evidence as a bit mask over item.evidence in base 36, joined by "."; "" when none. */
  e: string;
  /** instansi, kemitraan, jenisMitra, tanggal. */
  c: [string, string, string, string];
  n?: string;
  /** createdAt, updatedAt, completedAt. */
  r: string;
  u: string;
  t?: string;
}

export type ParsedFragment =
  { kind: "plain"; payload: SharePayload } | { kind: "sealed"; sealed: Sealed } | { kind: "error"; message: string };

export const shareMessages = {
  notALink: "Alamat ini tidak memuat hasil penilaian yang dapat dibaca.",
  damaged:
    "Tautan ini tidak utuh atau telah berubah (mungkin terpotong saat disalin). Minta pengirim menyalin ulang seluruh tautannya.",
  future:
    "Tautan ini dibuat oleh versi SiapMitra yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru, lalu buka lagi tautannya.",
  wrongPassphrase:
    "Kata sandi salah, atau tautannya rusak. Periksa kata sandinya (huruf besar dan kecil dibedakan), lalu coba lagi.",
  otherBank: "Tautan ini tidak cocok dengan kuesioner yang disebutkannya (jumlah pernyataan berbeda).",
  tooLong: "Tautan ini terlalu panjang untuk hasil penilaian SiapMitra.",
};

const CODE: Record<string, Answer> = { "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, n: "tb", x: "tt" };
const answerChar = (a: Answer | undefined): string =>
  a === undefined ? "-" : a === "tb" ? "n" : a === "tt" ? "x" : String(a);

const ID = /^[a-z0-9-]{1,80}$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isShortText = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;

export function toPayload(bank: BankData, r: StoredResult): SharePayload {
  const masks = bank.items.map((item) => {
    const ticked = new Set(r.evidence[item.id] ?? []);
    return item.evidence.reduce((m, e, i) => (ticked.has(e) ? m | (1 << i) : m), 0);
  });
  const { instansi, kemitraan, jenisMitra, tanggal } = r.context;
  return {
    f: SHARE_FORMAT,
    b: r.bank.id,
    v: r.bank.version,
    i: r.id,
    a: bank.items.map((item) => answerChar(r.answers[item.id])).join(""),
    e: masks.some((m) => m !== 0) ? masks.map((m) => m.toString(36)).join(".") : "",
    c: [instansi, kemitraan, jenisMitra, tanggal],
    ...(r.name !== undefined ? { n: r.name } : {}),
    r: r.createdAt,
    u: r.updatedAt,
    ...(r.completedAt !== undefined ? { t: r.completedAt } : {}),
  };
}

/** Structural check of a decoded payload (bank-independent); the result is checked against the bank later. */
export function checkPayload(v: unknown): { ok: true; payload: SharePayload } | { ok: false; message: string } {
  const damaged = { ok: false as const, message: shareMessages.damaged };
  if (!isRecord(v) || typeof v["f"] !== "number") return damaged;
  if (v["f"] > SHARE_FORMAT) return { ok: false, message: shareMessages.future };
  if (v["f"] !== SHARE_FORMAT) return damaged;
  const c = v["c"];
  const ok =
    typeof v["b"] === "string" &&
    ID.test(v["b"]) &&
    Number.isInteger(v["v"]) &&
    (v["v"] as number) >= 1 &&
    typeof v["i"] === "string" &&
    ID.test(v["i"]) &&
    typeof v["a"] === "string" &&
    /^[1-5nx-]{0,1000}$/.test(v["a"]) &&
    typeof v["e"] === "string" &&
    /^[0-9a-z.]{0,5000}$/.test(v["e"]) &&
    Array.isArray(c) &&
    c.length === 4 &&
    c.every((s) => isShortText(s, 200)) &&
    (v["n"] === undefined || isShortText(v["n"], 200)) &&
    isShortText(v["r"], 40) &&
    isShortText(v["u"], 40) &&
    (v["t"] === undefined || isShortText(v["t"], 40));
  if (!ok) return damaged;
  return {
    ok: true,
    payload: {
      f: SHARE_FORMAT,
      b: v["b"] as string,
      v: v["v"] as number,
      i: v["i"] as string,
      a: v["a"] as string,
      e: v["e"] as string,
      c: [...(c as string[])] as SharePayload["c"],
      ...(v["n"] !== undefined ? { n: v["n"] as string } : {}),
      r: v["r"] as string,
      u: v["u"] as string,
      ...(v["t"] !== undefined ? { t: v["t"] as string } : {}),
    },
  };
}

/** Payload + its bank version → a validated StoredResult (without an action plan: links carry answers only). */
export function fromPayload(
  p: SharePayload,
  bank: BankData,
): { ok: true; result: StoredResult } | { ok: false; message: string } {
  if (p.b !== bank.id || p.v !== bank.version || p.a.length !== bank.items.length)
    return { ok: false, message: shareMessages.otherBank };
  const masks = p.e === "" ? bank.items.map(() => "0") : p.e.split(".");
  if (masks.length !== bank.items.length) return { ok: false, message: shareMessages.damaged };
  const answers: Record<string, Answer> = {};
  const evidence: Record<string, string[]> = {};
  for (const [i, item] of bank.items.entries()) {
    const ch = p.a[i] as string;
    if (ch !== "-") answers[item.id] = CODE[ch] as Answer;
    const text = masks[i] as string;
    const mask = Number.parseInt(text, 36);
    // Canonical digits only, and no bit beyond the item's own evidence choices.
    if (!/^[0-9a-z]{1,4}$/.test(text) || mask.toString(36) !== text || mask >= 1 << item.evidence.length)
      return { ok: false, message: shareMessages.damaged };
    const ticked = item.evidence.filter((_, k) => (mask & (1 << k)) !== 0);
    if (ticked.length > 0) evidence[item.id] = ticked;
  }
  const [instansi, kemitraan, jenisMitra, tanggal] = p.c;
  const checked = validateResult(
    {
      format: 1,
      id: p.i,
      bank: { id: p.b, version: p.v },
      answers,
      evidence,
      context: { instansi, kemitraan, jenisMitra, tanggal },
      actionPlan: [],
      createdAt: p.r,
      updatedAt: p.u,
      ...(p.t !== undefined ? { completedAt: p.t } : {}),
      ...(p.n !== undefined ? { name: p.n } : {}),
    },
    bank,
  );
  return checked.ok ? { ok: true, result: checked.value } : { ok: false, message: shareMessages.damaged };
}

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

export function encodePlain(p: SharePayload): string {
  const bytes = utf8(JSON.stringify(p));
  return `p1.${toBase64Url(bytes)}.${hex8(crc32(bytes))}`;
}

export async function encodeSealed(
  p: SharePayload,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const s = await seal(utf8(JSON.stringify(p)), passphrase, iterations);
  return `k1.${toBase64Url(s.salt)}.${toBase64Url(s.iv)}.${toBase64Url(s.data)}`;
}

function parseJsonBytes(bytes: Uint8Array): ReturnType<typeof checkPayload> {
  const text = fromUtf8(bytes);
  if (text === undefined) return { ok: false, message: shareMessages.damaged };
  try {
    return checkPayload(JSON.parse(text));
  } catch {
    return { ok: false, message: shareMessages.damaged };
  }
}

/** A location hash ("#p1.…", with or without "#") → payload, sealed parts, or a message. Never throws. */
export function parseFragment(hash: string): ParsedFragment {
  if (typeof hash !== "string") return { kind: "error", message: shareMessages.notALink };
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text.length > MAX_FRAGMENT) return { kind: "error", message: shareMessages.tooLong };
  const parts = text.split(".");
  const kind = parts[0];
  if (kind === "p1") {
    if (parts.length !== 3) return { kind: "error", message: shareMessages.damaged };
    const bytes = fromBase64Url(parts[1] as string);
    if (!bytes || !/^[0-9a-f]{8}$/.test(parts[2] as string) || hex8(crc32(bytes)) !== parts[2])
      return { kind: "error", message: shareMessages.damaged };
    const checked = parseJsonBytes(bytes);
    return checked.ok ? { kind: "plain", payload: checked.payload } : { kind: "error", message: checked.message };
  }
  if (kind === "k1") {
    if (parts.length !== 4) return { kind: "error", message: shareMessages.damaged };
    const [salt, iv, data] = parts.slice(1).map(fromBase64Url);
    if (!salt || !iv || !data || salt.length !== 16 || iv.length !== 12 || data.length < 16)
      return { kind: "error", message: shareMessages.damaged };
    return { kind: "sealed", sealed: { salt, iv, data } };
  }
  if (/^p\d+$|^k\d+$/.test(kind ?? "")) return { kind: "error", message: shareMessages.future };
  return { kind: "error", message: shareMessages.notALink };
}

export async function unseal(
  sealed: Sealed,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ ok: true; payload: SharePayload } | { ok: false; message: string }> {
  const bytes = await open(sealed, passphrase, iterations);
  if (!bytes) return { ok: false, message: shareMessages.wrongPassphrase };
  return parseJsonBytes(bytes);
}

/** The share URL: the fragment only, so no server log ever sees the answers. */
export const shareUrl = (pageUrl: string, fragment: string): string => `${pageUrl.split("#")[0]}#${fragment}`;
