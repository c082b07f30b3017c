// A result of an older bank version: scored with its own version above; on request, mapped onto the current one.
import { useState } from "preact/hooks";
import { scoreResult } from "../../../lib/assessment/scoring";
import { mapToVersion, type VersionMapping } from "../../../lib/assessment/versions";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { bankMissing, loadBank, type BankRef } from "../io/bank-loader";

export function VersionNote({ result, bank, current }: { result: StoredResult; bank: BankData; current: BankRef }) {
  const [mapped, setMapped] = useState<{ to: BankData; m: VersionMapping }>();
  const [error, setError] = useState<string>();
  const show = async () => {
    const to = await loadBank(current.id, current.version);
    if (!to) return setError(bankMissing(current.id, current.version));
    setMapped({ to, m: mapToVersion(result, bank, to) });
  };
  const score = mapped ? scoreResult(mapped.to, mapped.m.result.answers, mapped.m.result.evidence) : undefined;
  return (
    <section class="box no-print" aria-labelledby="p2-version-title">
      <h2 id="p2-version-title">Versi kuesioner lama</h2>
      <p>
        Penilaian ini dijawab dengan versi {bank.version}; skornya dihitung dengan versi itu. Versi terbaru adalah versi{" "}
        {current.version}.
      </p>
      {!mapped && (
        <button type="button" class="button secondary" onClick={show}>
          Lihat dipetakan ke versi {current.version}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
      {mapped && score && (
        <>
          <p>
            Pada versi {current.version}: indeks keseluruhan {formatMean(score.overall)}. {mapped.m.removed.length}{" "}
            pernyataan sudah dihapus, {mapped.m.added.length} pernyataan baru belum dijawab.
          </p>
          {mapped.m.removed.length > 0 && (
            <>
              <h3>Pernyataan yang dihapus</h3>
              <ul>
                {mapped.m.removed.map((i) => (
                  <li key={i.id}>{i.statement}</li>
                ))}
              </ul>
            </>
          )}
          {mapped.m.added.length > 0 && (
            <>
              <h3>Pernyataan baru</h3>
              <ul>
                {mapped.m.added.map((i) => (
                  <li key={i.id}>{i.statement}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
