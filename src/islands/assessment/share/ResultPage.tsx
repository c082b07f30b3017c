// /penilaian/hasil/: shows one result read-only, from the local history (#lokal=<id>) or from a share link
// (#p1… or #k1…, asking for the passphrase). A shared result can be saved locally; nothing is ever sent anywhere.
import { useEffect, useState } from "preact/hooks";
import { getFromHistory } from "../../../lib/assessment/history";
import { fromPayload, parseFragment, unseal, type SharePayload } from "../../../lib/assessment/share-link";
import type { Sealed } from "../../../lib/assessment/crypto";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import type { Message } from "../../../lib/util/message";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { t, tm } from "../../../i18n/result-page";
import { bankMissing, loadBank, type BankRef } from "../io/bank-loader";
import { Alert } from "../ui/Alert";
import type { ComponentType } from "preact";
import type { ShownResultProps } from "./ShownResult";

type State =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "error"; error: Message }
  | { kind: "locked"; sealed: Sealed; error?: Message; busy?: boolean }
  | { kind: "shown"; bank: BankData; result: StoredResult; source: "lokal" | "tautan" };

export default function ResultPage({ banks }: { banks: BankRef[] }) {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [passphrase, setPassphrase] = useState("");
  const [Shown, setShown] = useState<ComponentType<ShownResultProps>>();

  useEffect(() => {
    if (state.kind === "shown" && !Shown) void import("./ShownResult").then((m) => setShown(() => m.ShownResult));
  }, [state.kind]);

  const showPayload = async (payload: SharePayload) => {
    const bank = await loadBank(payload.b, payload.v);
    if (!bank) return setState({ kind: "error", error: bankMissing(payload.b, payload.v) });
    const decoded = fromPayload(payload, bank);
    setState(
      decoded.ok
        ? { kind: "shown", bank, result: decoded.result, source: "tautan" }
        : { kind: "error", error: decoded.error },
    );
  };

  const read = async () => {
    const hash = location.hash;
    if (hash === "" || hash === "#") return setState({ kind: "empty" });
    if (hash.startsWith("#lokal=")) {
      const id = decodeURIComponent(hash.slice("#lokal=".length));
      const entry = getFromHistory(id);
      if (entry.status !== "ok")
        return setState({
          kind: "error",
          error: { key: entry.status === "empty" ? "resultPage.notFound" : entry.code },
        });
      const bank = await loadBank(entry.value.bank.id, entry.value.bank.version);
      if (!bank) return setState({ kind: "error", error: bankMissing(entry.value.bank.id, entry.value.bank.version) });
      return setState({ kind: "shown", bank, result: entry.value, source: "lokal" });
    }
    const parsed = parseFragment(hash);
    if (parsed.kind === "error") return setState({ kind: "error", error: parsed.error });
    if (parsed.kind === "sealed") return setState({ kind: "locked", sealed: parsed.sealed });
    await showPayload(parsed.payload);
  };

  useEffect(() => {
    void read();
    const onHash = () => void read();
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);

  if (state.kind === "loading") return <p role="status">{t("resultPage.loading")}</p>;
  if (state.kind === "empty")
    return (
      <p class="box">
        {t("resultPage.empty.before")} <a href={withBase(routes.history)}>{t("resultPage.empty.link")}</a>
        {t("resultPage.empty.after")}
      </p>
    );
  if (state.kind === "error")
    return (
      <div class="box asm-message" role="alert">
        <p>{tm(state.error)}</p>
        <p>
          {t("resultPage.nothingChanged")} <a href={withBase(routes.history)}>{t("resultPage.openHistory")}</a>.
        </p>
      </div>
    );
  if (state.kind === "locked") {
    const submit = async (e: Event) => {
      e.preventDefault();
      setState({ kind: "locked", sealed: state.sealed, busy: true });
      const opened = await unseal(state.sealed, passphrase);
      if (!opened.ok) return setState({ kind: "locked", sealed: state.sealed, error: opened.error });
      await showPayload(opened.payload);
    };
    return (
      <form class="box share-unlock" onSubmit={submit}>
        <h2>{t("resultPage.unlock.title")}</h2>
        <p>{t("resultPage.unlock.body")}</p>
        <div class="form-field">
          <label for="share-unlock-pass">{t("resultPage.unlock.label")}</label>
          <input
            id="share-unlock-pass"
            type="password"
            autocomplete="off"
            value={passphrase}
            aria-invalid={state.error ? "true" : undefined}
            aria-describedby={state.error ? "share-unlock-error" : undefined}
            onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        {state.error && <Alert id="share-unlock-error">{tm(state.error)}</Alert>}
        <button type="submit" class="button" disabled={state.busy}>
          {state.busy ? t("resultPage.unlock.busy") : t("resultPage.unlock.submit")}
        </button>
      </form>
    );
  }

  const { bank, result, source } = state;
  if (!Shown) return <p role="status">{t("assessment.preparingResults")}</p>;
  return <Shown key={`${source}-${result.id}`} banks={banks} bank={bank} result={result} source={source} />;
}
