// Turns each kind of input (an export file, a pasted share link, a local history entry) into a validated result
// with its bank, or a message. Used by the import, the comparison and the result page. Nothing here throws.
import { checkAgainstBank, decodeExport, MAX_IMPORT_BYTES, tooLargeError } from "../../../lib/assessment/codec-json";
import type { Loaded } from "../../../lib/assessment/compare-inputs";
import { getFromHistory } from "../../../lib/assessment/history";
import { fromPayload, parseFragment, shareErrors, unseal } from "../../../lib/assessment/share-link";
import { message } from "../../../lib/util/message";
import { bankMissing, knownBanks, loadBank, type BankRef } from "./bank-loader";
import { readFileText } from "./download";

export type { Loaded };

export async function fromFile(file: File, banks: readonly BankRef[]): Promise<Loaded> {
  const read = await readFileText(file, MAX_IMPORT_BYTES);
  if (!read.ok) return { ok: false, error: read.tooLarge ? tooLargeError : message("transfer.import.unreadableFile") };
  const decoded = decodeExport(read.text, knownBanks(banks));
  if (!decoded.ok) return { ok: false, error: decoded.error, problems: decoded.problems };
  const bank = await loadBank(decoded.result.bank.id, decoded.result.bank.version);
  if (!bank) return { ok: false, error: bankMissing(decoded.result.bank.id, decoded.result.bank.version) };
  const checked = checkAgainstBank(decoded.result, bank);
  return checked.ok
    ? { ok: true, bank, result: checked.result }
    : { ok: false, error: checked.error, problems: checked.problems };
}

/** A pasted link: a full URL, or just its fragment. */
export async function fromLink(text: string, passphrase: string): Promise<Loaded> {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf("#");
  const fragment = hashAt >= 0 ? trimmed.slice(hashAt + 1) : trimmed;
  const parsed = parseFragment(fragment);
  if (parsed.kind === "error") return { ok: false, error: parsed.error };
  let payload;
  if (parsed.kind === "sealed") {
    if (passphrase === "") return { ok: false, error: message("transfer.link.needsPassphrase") };
    const opened = await unseal(parsed.sealed, passphrase);
    if (!opened.ok) return { ok: false, error: opened.error };
    payload = opened.payload;
  } else payload = parsed.payload;
  const bank = await loadBank(payload.b, payload.v);
  if (!bank) return { ok: false, error: bankMissing(payload.b, payload.v) };
  const decoded = fromPayload(payload, bank);
  return decoded.ok
    ? { ok: true, bank, result: decoded.result }
    : { ok: false, error: decoded.error ?? shareErrors.damaged };
}

export async function fromHistory(id: string): Promise<Loaded> {
  const entry = getFromHistory(id);
  if (entry.status !== "ok")
    return { ok: false, error: message(entry.status === "empty" ? "transfer.notFound" : entry.code) };
  const bank = await loadBank(entry.value.bank.id, entry.value.bank.version);
  return bank
    ? { ok: true, bank, result: entry.value }
    : { ok: false, error: bankMissing(entry.value.bank.id, entry.value.bank.version) };
}
