// /penilaian/hasil/: shows one result read-only, from the local history (#lokal=<id>) or from a share link
// (#p1… or #k1…, asking for the passphrase). A shared result can be saved locally; nothing is ever sent anywhere.
import { useEffect, useState } from "preact/hooks";
import { getFromHistory } from "../../../lib/assessment/history";
import { fromPayload, parseFragment, unseal, type SharePayload } from "../../../lib/assessment/share-link";
import type { Sealed } from "../../../lib/assessment/crypto";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import { bankMissing, loadBank, type BankRef } from "../io/bank-loader";
import type { ComponentType } from "preact";
import type { ShownResultProps } from "./ShownResult";

type State =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "error"; message: string }
  | { kind: "locked"; sealed: Sealed; error?: string; busy?: boolean }
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
    if (!bank) return setState({ kind: "error", message: bankMissing(payload.b, payload.v) });
    const decoded = fromPayload(payload, bank);
    setState(
      decoded.ok
        ? { kind: "shown", bank, result: decoded.result, source: "tautan" }
        : { kind: "error", message: decoded.message },
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
          message:
            entry.status === "empty"
              ? "Penilaian ini tidak ditemukan di perangkat ini. Mungkin sudah dihapus, atau tersimpan di peramban lain."
              : entry.message,
        });
      const bank = await loadBank(entry.value.bank.id, entry.value.bank.version);
      if (!bank)
        return setState({ kind: "error", message: bankMissing(entry.value.bank.id, entry.value.bank.version) });
      return setState({ kind: "shown", bank, result: entry.value, source: "lokal" });
    }
    const parsed = parseFragment(hash);
    if (parsed.kind === "error") return setState({ kind: "error", message: parsed.message });
    if (parsed.kind === "sealed") return setState({ kind: "locked", sealed: parsed.sealed });
    await showPayload(parsed.payload);
  };

  useEffect(() => {
    void read();
    const onHash = () => void read();
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);

  if (state.kind === "loading") return <p role="status">Memuat hasil…</p>;
  if (state.kind === "empty")
    return (
      <p class="box">
        Tidak ada hasil yang dibuka. Buka hasil dari <a href={withBase("/penilaian/riwayat/")}>riwayat penilaian</a>,
        atau buka tautan hasil yang dibagikan kepada Anda.
      </p>
    );
  if (state.kind === "error")
    return (
      <div class="box asm-message" role="alert">
        <p>{state.message}</p>
        <p>
          Tidak ada data di perangkat ini yang diubah.{" "}
          <a href={withBase("/penilaian/riwayat/")}>Buka riwayat penilaian</a>.
        </p>
      </div>
    );
  if (state.kind === "locked") {
    const submit = async (e: Event) => {
      e.preventDefault();
      setState({ kind: "locked", sealed: state.sealed, busy: true });
      const opened = await unseal(state.sealed, passphrase);
      if (!opened.ok) return setState({ kind: "locked", sealed: state.sealed, error: opened.message });
      await showPayload(opened.payload);
    };
    return (
      <form class="box p2-unlock" onSubmit={submit}>
        <h2>Hasil ini dilindungi kata sandi</h2>
        <p>Masukkan kata sandi yang Anda terima dari pengirim tautan. Kata sandi tidak dikirim ke mana pun.</p>
        <div class="p2-field">
          <label for="p2-unlock-pass">Kata sandi</label>
          <input
            id="p2-unlock-pass"
            type="password"
            autocomplete="off"
            value={passphrase}
            aria-invalid={state.error ? "true" : undefined}
            aria-describedby={state.error ? "p2-unlock-error" : undefined}
            onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        {state.error && (
          <p id="p2-unlock-error" class="box asm-message" role="alert">
            {state.error}
          </p>
        )}
        <button type="submit" class="button" disabled={state.busy}>
          {state.busy ? "Membuka…" : "Buka hasil"}
        </button>
      </form>
    );
  }

  const { bank, result, source } = state;
  if (!Shown) return <p role="status">Menyiapkan hasil…</p>;
  return <Shown key={`${source}-${result.id}`} banks={banks} bank={bank} result={result} source={source} />;
}
