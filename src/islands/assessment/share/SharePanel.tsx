// Creates a share link: the notice comes first, the passphrase is optional, the link is shown and copied.
import { useState } from "preact/hooks";
import { encodePlain, encodeSealed, fitShare, shareUrl } from "../../../lib/assessment/share-link";
import { cryptoAvailable } from "../../../lib/assessment/crypto";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import { formatInteger, listAnd } from "../../../lib/site/format";
import * as routes from "../../../lib/site/routes";
import { t } from "../../../i18n/share";
import { Alert } from "../ui/Alert";

const MIN_PASSPHRASE = 8;

export function SharePanel({ bank, result }: { bank: BankData; result: StoredResult }) {
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [link, setLink] = useState<string>();
  /** What the link had to leave out to stay openable, as a sentence (absent when it carries everything). */
  const [omitted, setOmitted] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setError(undefined);
    setStatus(undefined);
    if (protect && passphrase.length < MIN_PASSPHRASE) {
      setError(t("share.link.tooShort", { min: MIN_PASSPHRASE }));
      return;
    }
    if (protect && !cryptoAvailable()) {
      setError(t("share.link.noCrypto"));
      return;
    }
    setBusy(true);
    try {
      const fitted = fitShare(bank, result, protect);
      const fragment = protect ? await encodeSealed(fitted.payload, passphrase) : encodePlain(fitted.payload);
      const url = shareUrl(new URL(withBase(routes.resultPage), location.href).href, fragment);
      const left =
        fitted.omitted.length > 0
          ? t("share.link.omitted", { parts: listAnd(fitted.omitted.map((p) => t(`share.part.${p}`))) })
          : undefined;
      setLink(url);
      setOmitted(left);
      const created = t(protect ? "share.link.createdSealed" : "share.link.created", {
        length: formatInteger(url.length),
      });
      setStatus(left ? `${created} ${left}` : created);
    } catch {
      setError(t("share.link.failed"));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t("share.link.copied"));
    } catch {
      (document.getElementById("share-link") as HTMLTextAreaElement | null)?.select();
      setStatus(t("share.link.copyManually"));
    }
  };

  return (
    <section class="share-link" aria-labelledby="share-link-title">
      <h4 id="share-link-title">{t("share.link.title")}</h4>
      <Alert id="share-notice" announce={false}>
        {t("share.link.notice")}
      </Alert>
      <div class="form-field">
        <input
          type="checkbox"
          id="share-protect"
          checked={protect}
          onChange={(e) => {
            setProtect((e.currentTarget as HTMLInputElement).checked);
            setLink(undefined);
          }}
        />{" "}
        <label for="share-protect">{t("share.link.protect")}</label>
      </div>
      {protect && (
        <div class="form-field">
          <label for="share-passphrase">{t("share.link.passphrase", { min: MIN_PASSPHRASE })}</label>
          <input
            id="share-passphrase"
            type="password"
            autocomplete="new-password"
            value={passphrase}
            aria-describedby="share-notice"
            onInput={(e) => {
              setPassphrase((e.currentTarget as HTMLInputElement).value);
              setLink(undefined);
            }}
          />
        </div>
      )}
      <div class="action-row">
        <button type="button" class="button secondary" onClick={create} disabled={busy} aria-describedby="share-notice">
          {busy ? t("share.link.creating") : t("share.link.create")}
        </button>
      </div>
      {link && (
        <div class="form-field">
          <label for="share-link">{t("share.link.label")}</label>
          <textarea
            id="share-link"
            readOnly
            rows={3}
            value={link}
            aria-describedby={omitted ? "share-omitted" : undefined}
          />
          {omitted && (
            <p class="box share-omitted" id="share-omitted">
              {omitted}
            </p>
          )}
          <div class="action-row">
            <button type="button" class="button" onClick={copy}>
              {t("share.link.copy")}
            </button>
          </div>
        </div>
      )}
      {error && <Alert>{error}</Alert>}
      <p role="status" class="share-status">
        {status}
      </p>
    </section>
  );
}
