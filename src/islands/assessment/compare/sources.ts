// Turns each kind of comparison input (an export file, a pasted share link, a local history entry) into a
// validated result with its bank, or an Indonesian message. Nothing here throws.
import { checkAgainstBank, decodeExport, importMessages, MAX_IMPORT_BYTES } from "../../../lib/assessment/codec-json";
import { fromPayload, parseFragment, shareMessages, unseal } from "../../../lib/assessment/share-link";
import { getFromHistory } from "../../../lib/assessment/history";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { bankMissing, knownBanks, loadBank, type BankRef } from "../io/bank-loader";
import { readFileText } from "../io/download";

export type Loaded = { ok: true; bank: BankData; result: StoredResult } | { ok: false; message: string };

export async function fromFile(file: File, banks: readonly BankRef[]): Promise<Loaded> {
  const read = await readFileText(file, MAX_IMPORT_BYTES);
  if (!read.ok) return { ok: false, message: read.tooLarge ? importMessages.tooLarge : "Berkas tidak dapat dibaca." };
  const decoded = decodeExport(read.text, knownBanks(banks));
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const bank = await loadBank(decoded.result.bank.id, decoded.result.bank.version);
  if (!bank) return { ok: false, message: bankMissing(decoded.result.bank.id, decoded.result.bank.version) };
  const checked = checkAgainstBank(decoded.result, bank);
  return checked.ok ? { ok: true, bank, result: checked.result } : { ok: false, message: checked.message };
}

/** A pasted link: a full URL, or just its fragment. */
export async function fromLink(text: string, passphrase: string): Promise<Loaded> {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf("#");
  const fragment = hashAt >= 0 ? trimmed.slice(hashAt + 1) : trimmed;
  const parsed = parseFragment(fragment);
  if (parsed.kind === "error") return { ok: false, message: parsed.message };
  let payload;
  if (parsed.kind === "sealed") {
    if (passphrase === "")
      return { ok: false, message: "Tautan ini dilindungi kata sandi; isi kata sandinya lalu tambahkan lagi." };
    const opened = await unseal(parsed.sealed, passphrase);
    if (!opened.ok) return { ok: false, message: opened.message };
    payload = opened.payload;
  } else payload = parsed.payload;
  const bank = await loadBank(payload.b, payload.v);
  if (!bank) return { ok: false, message: bankMissing(payload.b, payload.v) };
  const decoded = fromPayload(payload, bank);
  return decoded.ok
    ? { ok: true, bank, result: decoded.result }
    : { ok: false, message: decoded.message || shareMessages.damaged };
}

export async function fromHistory(id: string): Promise<Loaded> {
  const entry = getFromHistory(id);
  if (entry.status !== "ok")
    return {
      ok: false,
      message: entry.status === "empty" ? "Penilaian ini tidak ditemukan lagi di perangkat ini." : entry.message,
    };
  const bank = await loadBank(entry.value.bank.id, entry.value.bank.version);
  return bank
    ? { ok: true, bank, result: entry.value }
    : { ok: false, message: bankMissing(entry.value.bank.id, entry.value.bank.version) };
}
