// "Hapus semua data SiapMitra di perangkat ini", with a confirmation step; on /penilaian/riwayat/ and /tentang/.
import { useState } from "preact/hooks";
import { clearAllSiteData, localStore } from "../../../lib/assessment/history";
import { focusOnMount } from "./focus";

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
    const out = clearAllSiteData(localStore(), session());
    setConfirming(false);
    setMessage(
      out.ok
        ? `Semua data SiapMitra di perangkat ini sudah dihapus (${out.removed} entri).`
        : "Sebagian data tidak dapat dihapus karena penyimpanan diblokir. Hapus data situs melalui pengaturan peramban.",
    );
    onCleared?.();
  };
  return (
    <div class="p2-clear">
      {!confirming ? (
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            setMessage(undefined);
            setConfirming(true);
          }}
        >
          Hapus semua data SiapMitra di perangkat ini
        </button>
      ) : (
        <div class="box asm-message" role="group" aria-labelledby="p2-clear-q">
          <p id="p2-clear-q">
            Hapus semua penilaian, draf, riwayat, dan pilihan tampilan SiapMitra dari peramban ini? Tindakan ini tidak
            dapat dibatalkan; unduh cadangan JSON dulu bila masih diperlukan.
          </p>
          <div class="p2-actions">
            <button type="button" class="button" onClick={clear}>
              Ya, hapus semua
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)} ref={focusOnMount}>
              Batal
            </button>
          </div>
        </div>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
