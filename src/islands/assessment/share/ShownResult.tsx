// The shown result on /penilaian/hasil/: loaded by dynamic import once a result is decoded, so the page's
// first load stays small (the report, the overlay and the export tools are the heavy part).
import { useState } from "preact/hooks";
import { importToHistory } from "../../../lib/assessment/history";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import type { BankRef } from "../io/bank-loader";
import { ResultView } from "./ResultView";
import { ResultTools } from "./ResultTools";
import { Overlay } from "../history/Overlay";
import { VersionNote } from "../history/VersionNote";

export interface ShownResultProps {
  banks: BankRef[];
  bank: BankData;
  result: StoredResult;
  source: "lokal" | "tautan";
}

export function ShownResult({ banks, bank, result, source }: ShownResultProps) {
  const [saved, setSaved] = useState<string>();
  const current = banks.find((b) => b.id === bank.id);
  const save = () => {
    const out = importToHistory(result);
    setSaved(
      out.status === "saved"
        ? "Hasil disimpan di riwayat perangkat ini."
        : out.status === "same"
          ? "Hasil ini sudah ada di riwayat perangkat ini; tidak ada yang diubah."
          : out.status === "copy"
            ? "Di riwayat sudah ada penilaian dengan kode yang sama tetapi isinya berbeda; hasil ini disimpan sebagai salinan baru dan yang lama tidak diubah."
            : out.message,
    );
  };
  return (
    <>
      {source === "tautan" && (
        <div class="box no-print p2-readonly">
          <p>
            Anda membuka hasil yang dibagikan lewat tautan. Hasil ini hanya dapat dibaca; jawaban tidak dikirim ke
            server mana pun.
          </p>
          <button type="button" class="button" onClick={save}>
            Simpan di perangkat ini
          </button>
          <p role="status">
            {saved}
            {saved && (
              <>
                {" "}
                <a href={withBase("/penilaian/riwayat/")}>Buka riwayat</a>.
              </>
            )}
          </p>
        </div>
      )}
      {current && current.version !== bank.version && <VersionNote result={result} bank={bank} current={current} />}
      <ResultView bank={bank} result={result} />
      {source === "lokal" && <Overlay bank={bank} result={result} />}
      <ResultTools bank={bank} result={result} />
    </>
  );
}
