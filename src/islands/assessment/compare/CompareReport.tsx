// The comparison output: one radar, the per-dimension statistics with flags, the item gaps, a text summary and the
// discussion agenda (which prints on its own on A4). Labels typed by users are only ever rendered as text.
import type { Comparison } from "../../../lib/assessment/compare";
import { discussionAgenda, ITEM_GAP, SPREAD_FLAG } from "../../../lib/assessment/compare";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { formatDecimal } from "../../../lib/site/format";
import { withBase } from "../../../lib/site/paths";
import { PrintButton } from "../PrintButton";
import { SeriesRadar } from "./SeriesRadar";

const flagText = (on: boolean) => (on ? "⚠ Ya, selisih besar" : "Tidak");

export interface CompareReportProps {
  bank: BankData;
  c: Comparison;
  anonymous: boolean;
}

export function CompareReport({ bank, c, anonymous }: CompareReportProps) {
  const agenda = discussionAgenda(bank, c);
  const flagged = c.dims.filter((d) => d.flagged);
  const agencies = new Set(c.series.map((s) => s.label)).size;
  const radarSeries = anonymous
    ? [
        { label: "Rata-rata", values: c.dims.map((d) => d.mean) },
        { label: "Terendah", values: c.dims.map((d) => d.min) },
        { label: "Tertinggi", values: c.dims.map((d) => d.max) },
      ]
    : c.series.map((s) => ({ label: s.label, values: s.dims }));
  const summary = [
    anonymous
      ? `Perbandingan anonim atas ${c.respondents} responden.`
      : c.mode === "instansi"
        ? `Perbandingan ${agencies} instansi (rata-rata dari ${c.respondents} responden).`
        : `Perbandingan ${c.respondents} responden.`,
    `Rata-rata indeks keseluruhan ${formatMean(c.overall)} dari 5.`,
    flagged.length > 0
      ? `Selisih besar (${formatDecimal(SPREAD_FLAG)} atau lebih) pada ${flagged.length} dimensi: ${flagged.map((d) => d.name).join(", ")}.`
      : `Tidak ada dimensi dengan selisih ${formatDecimal(SPREAD_FLAG)} atau lebih.`,
    `${c.itemGaps.length} pernyataan dengan jawaban berbeda ${ITEM_GAP} poin atau lebih.`,
  ].join(" ");
  const description = `Grafik radar ${radarSeries.length} seri pada ${c.dims.length} dimensi. ${summary} Angka lengkap ada di tabel.`;

  return (
    <div class="p2-report">
      <h2 id="p2-report-title">Hasil perbandingan</h2>
      <p id="p2-compare-summary">{summary}</p>
      <SeriesRadar data={{ labels: c.dims.map((d) => d.shortLabel), series: radarSeries }} description={description} />

      <div class="table-wrap">
        <table class="p2-table" id="p2-stats">
          <caption>Statistik per dimensi (rata-rata 1–5; selisih = tertinggi − terendah)</caption>
          <thead>
            <tr>
              <th scope="col">Dimensi</th>
              {!anonymous &&
                c.series.map((s, i) => (
                  <th scope="col" key={i}>
                    {s.label}
                  </th>
                ))}
              <th scope="col">Rata-rata</th>
              <th scope="col">Terendah</th>
              <th scope="col">Tertinggi</th>
              <th scope="col">Selisih</th>
              <th scope="col">Selisih ≥ {formatDecimal(SPREAD_FLAG)}</th>
            </tr>
          </thead>
          <tbody>
            {c.dims.map((d, k) => (
              <tr key={d.id} class={d.flagged ? "p2-flagged" : undefined}>
                <th scope="row">{d.name}</th>
                {!anonymous && c.series.map((s, i) => <td key={i}>{formatMean(s.dims[k] ?? null)}</td>)}
                <td>{formatMean(d.mean)}</td>
                <td>{formatMean(d.min)}</td>
                <td>{formatMean(d.max)}</td>
                <td>{formatMean(d.spread)}</td>
                <td>{flagText(d.flagged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Pernyataan dengan jawaban berbeda {ITEM_GAP} poin atau lebih</h3>
      {c.itemGaps.length === 0 ? (
        <p>Tidak ada pernyataan dengan perbedaan sebesar itu.</p>
      ) : (
        <div class="table-wrap">
          <table class="p2-table" id="p2-gaps">
            <caption>Pernyataan dengan perbedaan jawaban terbesar</caption>
            <thead>
              <tr>
                <th scope="col">Pernyataan</th>
                {!anonymous &&
                  c.series.map((s, i) => (
                    <th scope="col" key={i}>
                      {s.label}
                    </th>
                  ))}
                <th scope="col">Terendah</th>
                <th scope="col">Tertinggi</th>
                <th scope="col">Selisih</th>
              </tr>
            </thead>
            <tbody>
              {c.itemGaps.map((g) => {
                const k = bank.items.findIndex((i) => i.id === g.id);
                return (
                  <tr key={g.id}>
                    <th scope="row">{g.statement}</th>
                    {!anonymous &&
                      c.series.map((s, i) => (
                        <td key={i}>{s.items[k] === null ? "–" : formatMean(s.items[k] ?? null)}</td>
                      ))}
                    <td>{formatMean(g.min)}</td>
                    <td>{formatMean(g.max)}</td>
                    <td>⚠ {formatMean(g.spread)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <section class="p2-agenda" aria-labelledby="p2-agenda-title">
        <h2 id="p2-agenda-title">Agenda diskusi</h2>
        <p class="print-only">
          {bank.title}, versi {bank.version}. {summary}
        </p>
        <h3>Tiga dimensi terlemah</h3>
        <AgendaList items={agenda.weakest} kind="weak" empty="Belum ada dimensi dengan data cukup." />
        <h3>Tiga dimensi dengan pandangan paling berbeda</h3>
        <AgendaList
          items={agenda.divergent}
          kind="divergent"
          empty="Semua pihak memberi skor yang sama pada setiap dimensi."
        />
        <p class="muted">
          Alat refleksi yang belum divalidasi secara statistik; gunakan untuk bahan diskusi, bukan untuk memeringkat
          instansi.
        </p>
        <div class="p2-actions no-print">
          <PrintButton label="Cetak agenda diskusi" onBeforePrint={printAgendaOnly} />
        </div>
      </section>
    </div>
  );
}

function AgendaList({
  items,
  kind,
  empty,
}: {
  items: ReturnType<typeof discussionAgenda>["weakest"];
  kind: "weak" | "divergent";
  empty: string;
}) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ol class="p2-agenda-list">
      {items.map((d) => (
        <li key={d.id}>
          <strong>{d.name}</strong>{" "}
          {kind === "weak"
            ? `(rata-rata ${formatMean(d.mean)}): apa yang menghambat, dan langkah pertama apa yang disepakati?`
            : `(selisih ${formatMean(d.spread)}): mengapa penilaian para pihak berbeda, dan informasi apa yang belum dibagikan?`}
          {d.guides.length > 0 && (
            <>
              {" "}
              Bacaan:{" "}
              {d.guides.map((g, i) => (
                <span key={g.path}>
                  {i > 0 && "; "}
                  <a href={withBase(g.path)}>{g.title}</a>
                </span>
              ))}
              .
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

function printAgendaOnly(): () => void {
  document.documentElement.classList.add("p2-print-agenda");
  return () => document.documentElement.classList.remove("p2-print-agenda");
}
