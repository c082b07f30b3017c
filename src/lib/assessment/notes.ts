// The notes of a result as they leave the device (JSON export, share link, CSV): trimmed, and only where they apply.
// The draft may hold more: a note whose evidence was unticked stays there, hidden, until the evidence is ticked again.
import type { Message } from "../util/message";
import { checkEvidenceNotes, checkReasons } from "./validate-notes";
import type { StoredResult } from "./types";

/** The result with its notes cleaned by the same checks an import applies (so export → import changes nothing). */
export function withOutgoingNotes(r: StoredResult): StoredResult {
  // A note the form let through cannot fail these checks; anything that does is left out, as an import would.
  const ignored: Message[] = [];
  return {
    ...r,
    alasan: checkReasons(r.alasan, r.answers, ignored),
    catatanBukti: checkEvidenceNotes(r.catatanBukti, r.evidence, ignored),
  };
}
