// An export file chosen or dropped by the user → a validated result with its bank, or a message. Never throws.
import { checkAgainstBank, decodeExport, MAX_IMPORT_BYTES, tooLargeError } from "../../../lib/assessment/codec-json";
import type { Loaded } from "../../../lib/assessment/compare-inputs";
import { message } from "../../../lib/util/message";
import { bankMissing, knownBanks, loadBank, type BankRef } from "./bank-loader";
import { readFileText } from "./download";

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
