// Share links: a result packed into the URL fragment (#…), which browsers never send to a server.
// Answers are one character per item in the bank's order: safe because a published bank version never changes.
// Notes and planning references ride along as optional fields (an older page simply ignores them) as long as the
// link stays within MAX_FRAGMENT; fitShare leaves out the largest of them until it does, and says which.
//   plain:     p1.<base64url(JSON)>.<crc32 hex>       (the checksum catches a truncated or altered link)
//   encrypted: k1.<salt>.<iv>.<AES-GCM ciphertext>   (all base64url; GCM itself detects alteration)
import { crc32, fromBase64Url, fromUtf8, toBase64Url, utf8 } from "./base64url";
import { open, seal, PBKDF2_ITERATIONS, type Sealed } from "./crypto";
import { isRecord, isSlugId, isText } from "../util/guards";
import { message, type Message } from "../util/message";
import { validateResult } from "./validate";
import { SALT_BYTES, IV_BYTES, TAG_BYTES } from "./crypto";
import { withOutgoingNotes } from "./notes";
import { MAX_NOTE, RESULT_FORMAT, type Answer, type BankData, type PlanningRefs, type StoredResult } from "./types";

export const SHARE_FORMAT = 1;
/**
 * Longer fragments are refused before any work. A full bank with long names is well under 2,000 characters; notes
 * and planning references are what can approach this (fitShare keeps a new link within it).
 */
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
  /** "Tidak berlaku" reasons: [item index, text]. */
  o?: [number, string][];
  /** Evidence notes: [item index, index in item.evidence, text]. */
  m?: [number, number, string][];
  /** Planning references, as stored (checked with the rest of the result). */
  p?: PlanningRefs;
}

/** The optional parts a link may leave out to stay short enough, by the payload field that carries each. */
export const shareParts = { m: "evidenceNotes", o: "reasons", p: "planning" } as const;
export type SharePart = (typeof shareParts)[keyof typeof shareParts];

export type ParsedFragment =
  { kind: "plain"; payload: SharePayload } | { kind: "sealed"; sealed: Sealed } | { kind: "error"; error: Message };

/** What can be wrong with a link, as dictionary keys (src/i18n/id/transfer-link.ts). */
export const shareErrors = {
  notALink: message("transfer.link.notALink"),
  damaged: message("transfer.link.damaged"),
  future: message("transfer.link.future"),
  wrongPassphrase: message("transfer.link.wrongPassphrase"),
  otherBank: message("transfer.link.otherBank"),
  tooLong: message("transfer.link.tooLong"),
};

const CODE: Record<string, Answer> = { "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, n: "tb", x: "tt" };
const answerChar = (a: Answer | undefined): string =>
  a === undefined ? "-" : a === "tb" ? "n" : a === "tt" ? "x" : String(a);

export function toPayload(bank: BankData, stored: StoredResult): SharePayload {
  const r = withOutgoingNotes(stored);
  const reasons = bank.items.flatMap((item, i): [number, string][] =>
    r.alasan?.[item.id] !== undefined ? [[i, r.alasan[item.id]!]] : [],
  );
  const notes = bank.items.flatMap((item, i) =>
    item.evidence.flatMap((e, k): [number, number, string][] => {
      const note = r.catatanBukti?.[item.id]?.[e];
      return note !== undefined ? [[i, k, note]] : [];
    }),
  );
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
    ...(reasons.length > 0 ? { o: reasons } : {}),
    ...(notes.length > 0 ? { m: notes } : {}),
    ...(r.rujukan !== undefined ? { p: r.rujukan } : {}),
  };
}

/** Characters of the fragment encodePlain or encodeSealed would write for `p` (base64url has no padding). */
export function fragmentLength(p: SharePayload, sealed: boolean): number {
  const b64 = (bytes: number) => Math.ceil((bytes * 4) / 3);
  const n = utf8(JSON.stringify(p)).length;
  return sealed ? 3 + b64(SALT_BYTES) + 1 + b64(IV_BYTES) + 1 + b64(n + TAG_BYTES) : 3 + b64(n) + 1 + 8;
}

/**
 * The payload for a link that the receiving page will accept (at most MAX_FRAGMENT characters): everything when it
 * fits, otherwise without the largest optional parts (evidence notes, reasons, planning references) until it does.
 */
export function fitShare(
  bank: BankData,
  r: StoredResult,
  sealed: boolean,
): { payload: SharePayload; omitted: SharePart[] } {
  let payload = toPayload(bank, r);
  const omitted: SharePart[] = [];
  const size = (key: keyof typeof shareParts) => (payload[key] === undefined ? 0 : JSON.stringify(payload[key]).length);
  const keys = (Object.keys(shareParts) as (keyof typeof shareParts)[]).sort((a, b) => size(b) - size(a));
  for (const key of keys) {
    if (fragmentLength(payload, sealed) <= MAX_FRAGMENT) break;
    if (payload[key] === undefined) continue;
    const { [key]: _dropped, ...rest } = payload;
    payload = rest;
    omitted.push(shareParts[key]);
  }
  return { payload, omitted };
}

/** Structural check of a decoded payload (bank-independent); the result is checked against the bank later. */
export function checkPayload(v: unknown): { ok: true; payload: SharePayload } | { ok: false; error: Message } {
  const damaged = { ok: false as const, error: shareErrors.damaged };
  if (!isRecord(v) || typeof v["f"] !== "number") return damaged;
  if (v["f"] > SHARE_FORMAT) return { ok: false, error: shareErrors.future };
  if (v["f"] !== SHARE_FORMAT) return damaged;
  const c = v["c"];
  const ok =
    isSlugId(v["b"]) &&
    Number.isInteger(v["v"]) &&
    (v["v"] as number) >= 1 &&
    isSlugId(v["i"]) &&
    typeof v["a"] === "string" &&
    /^[1-5nx-]{0,1000}$/.test(v["a"]) &&
    typeof v["e"] === "string" &&
    /^[0-9a-z.]{0,5000}$/.test(v["e"]) &&
    Array.isArray(c) &&
    c.length === 4 &&
    c.every((s) => isText(s, 200)) &&
    (v["n"] === undefined || isText(v["n"], 200)) &&
    isText(v["r"], 40) &&
    isText(v["u"], 40) &&
    (v["t"] === undefined || isText(v["t"], 40)) &&
    (v["o"] === undefined || isIndexed(v["o"], 1)) &&
    (v["m"] === undefined || isIndexed(v["m"], 2)) &&
    (v["p"] === undefined || isRecord(v["p"]));
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
      ...(v["o"] !== undefined ? { o: v["o"] as [number, string][] } : {}),
      ...(v["m"] !== undefined ? { m: v["m"] as [number, number, string][] } : {}),
      ...(v["p"] !== undefined ? { p: v["p"] as PlanningRefs } : {}),
    },
  };
}

/** A list of notes addressed by `indices` small whole numbers and ending with a text (its length checked later). */
const isIndexed = (v: unknown, indices: number): boolean =>
  Array.isArray(v) &&
  v.length <= 5000 &&
  v.every(
    (row) =>
      Array.isArray(row) &&
      row.length === indices + 1 &&
      row.slice(0, indices).every((i) => Number.isInteger(i) && i >= 0 && i < 1000) &&
      isText(row[indices], MAX_NOTE * 2),
  );

/** Payload + its bank version → a validated StoredResult (without an action plan: links carry answers only). */
export function fromPayload(
  p: SharePayload,
  bank: BankData,
): { ok: true; result: StoredResult } | { ok: false; error: Message } {
  if (p.b !== bank.id || p.v !== bank.version || p.a.length !== bank.items.length)
    return { ok: false, error: shareErrors.otherBank };
  const masks = p.e === "" ? bank.items.map(() => "0") : p.e.split(".");
  if (masks.length !== bank.items.length) return { ok: false, error: shareErrors.damaged };
  const answers: Record<string, Answer> = {};
  const evidence: Record<string, string[]> = {};
  for (const [i, item] of bank.items.entries()) {
    const ch = p.a[i] as string;
    if (ch !== "-") answers[item.id] = CODE[ch] as Answer;
    const text = masks[i] as string;
    const mask = Number.parseInt(text, 36);
    // Canonical digits only, and no bit beyond the item's own evidence choices.
    if (!/^[0-9a-z]{1,4}$/.test(text) || mask.toString(36) !== text || mask >= 1 << item.evidence.length)
      return { ok: false, error: shareErrors.damaged };
    const ticked = item.evidence.filter((_, k) => (mask & (1 << k)) !== 0);
    if (ticked.length > 0) evidence[item.id] = ticked;
  }
  const alasan: Record<string, string> = {};
  for (const [i, text] of p.o ?? []) {
    const item = bank.items[i];
    if (!item) return { ok: false, error: shareErrors.damaged };
    alasan[item.id] = text;
  }
  const catatanBukti: Record<string, Record<string, string>> = {};
  for (const [i, k, text] of p.m ?? []) {
    const item = bank.items[i];
    const e = item?.evidence[k];
    if (!item || e === undefined) return { ok: false, error: shareErrors.damaged };
    (catatanBukti[item.id] ??= {})[e] = text;
  }
  const [instansi, kemitraan, jenisMitra, tanggal] = p.c;
  const checked = validateResult(
    {
      format: RESULT_FORMAT,
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
      ...(p.o !== undefined ? { alasan } : {}),
      ...(p.m !== undefined ? { catatanBukti } : {}),
      ...(p.p !== undefined ? { rujukan: p.p } : {}),
    },
    bank,
  );
  return checked.ok ? { ok: true, result: checked.value } : { ok: false, error: shareErrors.damaged };
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
  if (text === undefined) return { ok: false, error: shareErrors.damaged };
  try {
    return checkPayload(JSON.parse(text));
  } catch {
    return { ok: false, error: shareErrors.damaged };
  }
}

/** A location hash ("#p1.…", with or without "#") → payload, sealed parts, or a message. Never throws. */
export function parseFragment(hash: string): ParsedFragment {
  if (typeof hash !== "string") return { kind: "error", error: shareErrors.notALink };
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text.length > MAX_FRAGMENT) return { kind: "error", error: shareErrors.tooLong };
  const parts = text.split(".");
  const kind = parts[0];
  if (kind === "p1") {
    if (parts.length !== 3) return { kind: "error", error: shareErrors.damaged };
    const bytes = fromBase64Url(parts[1] as string);
    if (!bytes || !/^[0-9a-f]{8}$/.test(parts[2] as string) || hex8(crc32(bytes)) !== parts[2])
      return { kind: "error", error: shareErrors.damaged };
    const checked = parseJsonBytes(bytes);
    return checked.ok ? { kind: "plain", payload: checked.payload } : { kind: "error", error: checked.error };
  }
  if (kind === "k1") {
    if (parts.length !== 4) return { kind: "error", error: shareErrors.damaged };
    const [salt, iv, data] = parts.slice(1).map(fromBase64Url);
    if (!salt || !iv || !data || salt.length !== 16 || iv.length !== 12 || data.length < 16)
      return { kind: "error", error: shareErrors.damaged };
    return { kind: "sealed", sealed: { salt, iv, data } };
  }
  if (/^p\d+$|^k\d+$/.test(kind ?? "")) return { kind: "error", error: shareErrors.future };
  return { kind: "error", error: shareErrors.notALink };
}

export async function unseal(
  sealed: Sealed,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ ok: true; payload: SharePayload } | { ok: false; error: Message }> {
  const bytes = await open(sealed, passphrase, iterations);
  if (!bytes) return { ok: false, error: shareErrors.wrongPassphrase };
  return parseJsonBytes(bytes);
}

/** The share URL: the fragment only, so no server log ever sees the answers. */
export const shareUrl = (pageUrl: string, fragment: string): string => `${pageUrl.split("#")[0]}#${fragment}`;
