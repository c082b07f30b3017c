// After "Nilai sekarang": when the officer comes back with a newly completed assessment, offer to link it to the
// partnership it was started for. Yes links it (validated, saved); no forgets the offer. Nothing happens silently.
import { useEffect, useState } from "preact/hooks";
import type { StoredResult } from "../../lib/assessment/types";
import { linkAssessment } from "../../lib/register/entry";
import { PENDING_LINK_KEY, pendingCandidate, readPendingLink } from "../../lib/register/pending-link";
import { saveEntry } from "../../lib/register/storage";
import type { RegisterEntry } from "../../lib/register/types";
import { t, tm } from "../../i18n/register-tools";
import type { AssessmentInfo } from "./load-assessments";

interface Props {
  entries: readonly RegisterEntry[];
  loadInfo: () => Promise<AssessmentInfo>;
  onLinked: (message: string) => void;
}

function session(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

const forget = () => {
  try {
    session()?.removeItem(PENDING_LINK_KEY);
  } catch {
    // Nothing to forget where session storage is blocked.
  }
};

export function PendingLinkPrompt({ entries, loadInfo, onLinked }: Props) {
  const [offer, setOffer] = useState<{ entry: RegisterEntry; result: StoredResult; label: string }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = session()?.getItem(PENDING_LINK_KEY) ?? null;
    } catch {
      return;
    }
    const pending = readPendingLink(raw);
    if (!pending) {
      if (raw !== null) forget();
      return;
    }
    const entry = entries.find((e) => e.id === pending.entryId);
    if (!entry) {
      forget();
      return;
    }
    void loadInfo().then((info) => {
      const result = pendingCandidate(pending, entry.assessmentIds, info.results);
      if (result) setOffer({ entry, result, label: info.labels.get(result.id) ?? result.id });
    });
  }, []);
  if (!offer) return null;
  const link = () => {
    const linked = linkAssessment(offer.entry, offer.result.id);
    const saved = linked.ok
      ? saveEntry(linked.value)
      : { ok: false as const, code: "register.storage.invalid" as const };
    if (!saved.ok) {
      setError(tm({ key: saved.code }));
      return;
    }
    forget();
    setOffer(undefined);
    onLinked(t("register.pending.linked", { item: offer.label, name: offer.entry.name }));
  };
  return (
    <div class="box no-print" role="group" aria-labelledby="reg-pending-q">
      <p id="reg-pending-q">{t("register.pending.question", { item: offer.label, name: offer.entry.name })}</p>
      {error && (
        <p class="asm-message" role="alert">
          {error}
        </p>
      )}
      <div class="action-row">
        <button type="button" class="button" onClick={link}>
          {t("register.pending.yes")}
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            forget();
            setOffer(undefined);
          }}
        >
          {t("register.pending.no")}
        </button>
      </div>
    </div>
  );
}
