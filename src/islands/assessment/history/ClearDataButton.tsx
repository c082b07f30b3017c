// "Hapus semua data SiapMitra di perangkat ini", with a confirmation step; on /penilaian/riwayat/ and /tentang/.
import { useState } from "preact/hooks";
import { clearAllSiteData, defaultStorage } from "../../../lib/storage/local";
import { t } from "../../../i18n/clear";
import { focusOnMount } from "../ui/focus";

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export default function ClearDataButton({ onCleared }: { onCleared?: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const clear = () => {
    const out = clearAllSiteData(defaultStorage(), session());
    setConfirming(false);
    setMessage(out.ok ? t("clear.done", { n: out.removed }) : t("clear.blocked"));
    onCleared?.();
  };
  return (
    <div class="hist-clear">
      {!confirming ? (
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            setMessage(undefined);
            setConfirming(true);
          }}
        >
          {t("clear.button")}
        </button>
      ) : (
        <div class="box asm-message" role="group" aria-labelledby="hist-clear-q">
          <p id="hist-clear-q">{t("clear.question")}</p>
          <div class="action-row">
            <button type="button" class="button" onClick={clear}>
              {t("clear.confirm")}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)} ref={focusOnMount}>
              {t("assessment.cancel")}
            </button>
          </div>
        </div>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
