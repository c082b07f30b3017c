// A pasted share link (plain or with a passphrase) → a validated result with its bank, or a message. Never throws.
import type { Loaded } from "../../../lib/assessment/compare-inputs";
import { fromPayload, parseFragment, shareErrors, unseal } from "../../../lib/assessment/share-link";
import { message } from "../../../lib/util/message";
import { bankMissing, loadBank } from "./bank-loader";

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
