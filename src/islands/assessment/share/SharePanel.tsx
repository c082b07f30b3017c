// Creates a share link: the notice comes first, the passphrase is optional, the link is shown and copied.
import { useState } from "preact/hooks";
import { encodePlain, encodeSealed, shareUrl, toPayload } from "../../../lib/assessment/share-link";
import { cryptoAvailable } from "../../../lib/assessment/crypto";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import { formatInteger } from "../../../lib/site/format";

const MIN_PASSPHRASE = 8;

export function SharePanel({ bank, result }: { bank: BankData; result: StoredResult }) {
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [link, setLink] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setError(undefined);
    setStatus(undefined);
    if (protect && passphrase.length < MIN_PASSPHRASE) {
      setError(`Kata sandi minimal ${MIN_PASSPHRASE} karakter.`);
      return;
    }
    if (protect && !cryptoAvailable()) {
      setError("Peramban ini tidak mendukung enkripsi. Buat tautan tanpa kata sandi atau gunakan peramban lain.");
      return;
    }
    setBusy(true);
    try {
      const payload = toPayload(bank, result);
      const fragment = protect ? await encodeSealed(payload, passphrase) : encodePlain(payload);
      const url = shareUrl(new URL(withBase("/penilaian/hasil/"), location.href).href, fragment);
      setLink(url);
      setStatus(
        `Tautan dibuat (${formatInteger(url.length)} karakter)${protect ? ", terenkripsi dengan kata sandi" : ""}.`,
      );
    } catch {
      setError("Tautan tidak dapat dibuat di peramban ini.");
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setStatus("Tautan disalin. Tempelkan di pesan kepada mitra Anda.");
    } catch {
      (document.getElementById("p2-share-link") as HTMLTextAreaElement | null)?.select();
      setStatus("Tautan tidak dapat disalin otomatis; tautan sudah dipilih, tekan Ctrl+C (atau tahan lalu Salin).");
    }
  };

  return (
    <section class="p2-share" aria-labelledby="p2-share-title">
      <h4 id="p2-share-title">Bagikan lewat tautan</h4>
      <p class="box asm-message" id="p2-share-notice">
        Siapa pun yang memegang tautan ini dapat membaca jawaban di dalamnya. Jawaban tersimpan di bagian alamat setelah
        tanda #, yang tidak pernah dikirim ke server, tetapi tautan dapat tersimpan di riwayat obrolan atau surel.
        Rencana aksi tidak ikut dibagikan. Bila perlu, lindungi dengan kata sandi dan sampaikan kata sandinya lewat
        jalur lain.
      </p>
      <div class="p2-field">
        <input
          type="checkbox"
          id="p2-protect"
          checked={protect}
          onChange={(e) => {
            setProtect((e.currentTarget as HTMLInputElement).checked);
            setLink(undefined);
          }}
        />{" "}
        <label for="p2-protect">Lindungi dengan kata sandi</label>
      </div>
      {protect && (
        <div class="p2-field">
          <label for="p2-passphrase">Kata sandi (minimal {MIN_PASSPHRASE} karakter)</label>
          <input
            id="p2-passphrase"
            type="password"
            autocomplete="new-password"
            value={passphrase}
            aria-describedby="p2-share-notice"
            onInput={(e) => {
              setPassphrase((e.currentTarget as HTMLInputElement).value);
              setLink(undefined);
            }}
          />
        </div>
      )}
      <div class="p2-actions">
        <button
          type="button"
          class="button secondary"
          onClick={create}
          disabled={busy}
          aria-describedby="p2-share-notice"
        >
          {busy ? "Membuat tautan…" : "Buat tautan"}
        </button>
      </div>
      {link && (
        <div class="p2-field">
          <label for="p2-share-link">Tautan untuk dibagikan</label>
          <textarea id="p2-share-link" readOnly rows={3} value={link} />
          <div class="p2-actions">
            <button type="button" class="button" onClick={copy}>
              Salin tautan
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="box asm-message" role="alert">
          {error}
        </p>
      )}
      <p role="status" class="p2-status">
        {status}
      </p>
    </section>
  );
}
