// "Bandingkan dengan penilaian sebelumnya": a previous result of the same bank drawn as a second radar series,
// with a table of the change per dimension. Another bank version is mapped onto this one first.
import { useEffect, useMemo, useState } from "preact/hooks";
import { listHistory } from "../../../lib/assessment/history";
import { dimensionChanges, previousOf } from "../../../lib/assessment/overlay";
import { mapToVersion, type VersionMapping } from "../../../lib/assessment/versions";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { loadBank, bankMissing } from "../io/bank-loader";
import { SeriesRadar } from "../compare/SeriesRadar";
import { formatChange, resultDate, resultTitle } from "./format";

export function Overlay({ bank, result }: { bank: BankData; result: StoredResult }) {
  const candidates = useMemo(() => previousOf(result, listHistory().entries), [result.id]);
  const [chosen, setChosen] = useState("");
  const [mapped, setMapped] = useState<VersionMapping>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    setMapped(undefined);
    setError(undefined);
    const prev = candidates.find((c) => c.id === chosen);
    if (!prev) return;
    if (prev.bank.version === bank.version) {
      setMapped({ result: prev, removed: [], added: [] });
      return;
    }
    void loadBank(prev.bank.id, prev.bank.version).then((from) => {
      if (!from) setError(bankMissing(prev.bank.id, prev.bank.version));
      else setMapped(mapToVersion(prev, from, bank));
    });
  }, [chosen]);

  if (candidates.length === 0)
    return (
      <section class="p2-overlay no-print" aria-labelledby="p2-overlay-title">
        <h3 id="p2-overlay-title">Bandingkan dengan penilaian sebelumnya</h3>
        <p class="muted">Belum ada penilaian lain untuk kuesioner ini di perangkat ini.</p>
      </section>
    );

  const changes = mapped ? dimensionChanges(bank, mapped.result, result) : [];
  const prev = candidates.find((c) => c.id === chosen);
  const description =
    `Grafik radar dua penilaian: sebelumnya (${prev ? resultDate(prev) : ""}) dan sekarang (${resultDate(result)}). ` +
    "Perubahan per dimensi ada di tabel di bawahnya.";

  return (
    <section class="p2-overlay" aria-labelledby="p2-overlay-title">
      <h3 id="p2-overlay-title">Bandingkan dengan penilaian sebelumnya</h3>
      <div class="p2-field no-print">
        <label for="p2-overlay-select">Penilaian sebelumnya</label>
        <select
          id="p2-overlay-select"
          value={chosen}
          onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">Pilih penilaian…</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {resultTitle(c)} · {resultDate(c)} · versi {c.bank.version}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p class="box asm-message" role="alert">
          {error}
        </p>
      )}
      {mapped && prev && (
        <>
          {(mapped.removed.length > 0 || mapped.added.length > 0) && (
            <p class="box">
              Penilaian sebelumnya memakai versi {prev.bank.version}; skornya dihitung ulang pada versi {bank.version}:{" "}
              {mapped.removed.length} pernyataan sudah dihapus dan {mapped.added.length} pernyataan baru belum dijawab
              di penilaian sebelumnya.
            </p>
          )}
          <SeriesRadar
            data={{
              labels: changes.map((c) => c.shortLabel),
              series: [
                { label: `Sebelumnya (${resultDate(prev)})`, values: changes.map((c) => c.before) },
                { label: `Sekarang (${resultDate(result)})`, values: changes.map((c) => c.after) },
              ],
            }}
            description={description}
          />
          <div class="table-wrap">
            <table class="p2-table" id="p2-overlay-table">
              <caption>Perubahan skor per dimensi (rata-rata 1–5)</caption>
              <thead>
                <tr>
                  <th scope="col">Dimensi</th>
                  <th scope="col">Sebelumnya</th>
                  <th scope="col">Sekarang</th>
                  <th scope="col">Perubahan</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td>{formatMean(c.before)}</td>
                    <td>{formatMean(c.after)}</td>
                    <td>{formatChange(c.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>{overlaySummary(changes)}</p>
        </>
      )}
    </section>
  );
}

function overlaySummary(changes: ReturnType<typeof dimensionChanges>): string {
  const up = changes.filter((c) => (c.change ?? 0) >= 0.005).map((c) => c.name);
  const down = changes.filter((c) => (c.change ?? 0) <= -0.005).map((c) => c.name);
  return `Naik: ${up.length > 0 ? up.join(", ") : "tidak ada"}. Turun: ${down.length > 0 ? down.join(", ") : "tidak ada"}.`;
}
