// A result saved in this device's history → the result with its bank, or a message. Never throws.
import type { Loaded } from "../../../lib/assessment/compare-inputs";
import { getFromHistory } from "../../../lib/assessment/history";
import { message } from "../../../lib/util/message";
import { bankMissing, loadBank } from "./bank-loader";

export async function fromHistory(id: string): Promise<Loaded> {
  const entry = getFromHistory(id);
  if (entry.status !== "ok")
    return { ok: false, error: message(entry.status === "empty" ? "transfer.notFound" : entry.code) };
  const bank = await loadBank(entry.value.bank.id, entry.value.bank.version);
  return bank
    ? { ok: true, bank, result: entry.value }
    : { ok: false, error: bankMissing(entry.value.bank.id, entry.value.bank.version) };
}
