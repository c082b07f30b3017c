// A read-only report of one result against its own bank version: the same parts as the questionnaire's results
// (part 1 components), without editing.
import { useEffect, useMemo, useState } from "preact/hooks";
import { priorities as pickPriorities, scoreResult } from "../../../lib/assessment/scoring";
import { bandLabel, formatMean, formatShare, summarize } from "../../../lib/assessment/summary";
import type { CaseSummary } from "../../../lib/assessment/recommend";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { partnerTypeLabels } from "../../../lib/content/labels";
import { formatDecimal } from "../../../lib/site/format";
import { formatLocalDate } from "../../../lib/assessment/dates";
import { BarChart } from "../BarChart";
import { ScoresTable } from "../ScoresTable";
import { RadarChart } from "../RadarChart";
import { Priorities } from "../Priorities";
import { fetchJson } from "../fetch-json";
import { resultDate } from "../history/format";

const isCaseList = (v: unknown): v is CaseSummary[] =>
  Array.isArray(v) &&
  v.every(
    (c) =>
      typeof c === "object" &&
      c !== null &&
      typeof c.id === "string" &&
      typeof c.title === "string" &&
      Array.isArray(c.themes) &&
      Array.isArray(c.partnerTypes),
  );

export function ResultView({ bank, result }: { bank: BankData; result: StoredResult }) {
  const score = useMemo(() => scoreResult(bank, result.answers, result.evidence), [bank, result]);
  const prio = useMemo(() => pickPriorities(bank, score), [bank, score]);
  const [cases, setCases] = useState<CaseSummary[]>();
  useEffect(() => {
    void fetchJson("/studi-kasus/data.json").then((v) => setCases(isCaseList(v) ? v : []));
  }, []);
  const summary = summarize(bank, score);
  const ctx = result.context;
  const radarText = `Grafik radar skor ${score.dimensions.length} dimensi. ${summary[1] ?? ""} Angka lengkap ada di tabel skor.`;
  return (
    <div class="asm-report">
      <h2>{result.name || `Hasil penilaian: ${bank.title}`}</h2>
      <dl class="facts">
        {ctx.instansi && (
          <>
            <dt>Instansi</dt>
            <dd>{ctx.instansi}</dd>
          </>
        )}
        {ctx.kemitraan && (
          <>
            <dt>Kemitraan</dt>
            <dd>{ctx.kemitraan}</dd>
          </>
        )}
        {ctx.jenisMitra && (
          <>
            <dt>Jenis kemitraan</dt>
            <dd>{partnerTypeLabels[ctx.jenisMitra as keyof typeof partnerTypeLabels] ?? ctx.jenisMitra}</dd>
          </>
        )}
        <dt>Tanggal</dt>
        <dd>{resultDate(result)}</dd>
        <dt>Kuesioner</dt>
        <dd>
          {bank.title}, versi {bank.version} ({score.answeredItems} dari {score.totalItems} pernyataan dijawab)
        </dd>
      </dl>
      <section aria-labelledby="p2-h-overall">
        <h3 id="p2-h-overall">Indeks keseluruhan</h3>
        <div class={`asm-overall band-${score.overallBand ?? "none"}`}>
          <p class="asm-index">{formatMean(score.overall)}</p>
          <p>
            dari 5 · {score.overall100 === null ? "–" : formatDecimal(score.overall100)} dari 100 ·{" "}
            <span class="asm-band">{bandLabel(bank, score.overallBand)}</span>
          </p>
          <p>Cakupan bukti: {formatShare(score.evidenceCoverage)} jawaban 4–5 didukung bukti</p>
        </div>
      </section>
      <section aria-labelledby="p2-h-charts">
        <h3 id="p2-h-charts">Skor per dimensi</h3>
        <RadarChart
          data={{ labels: score.dimensions.map((d) => d.shortLabel), values: score.dimensions.map((d) => d.mean) }}
          description={radarText}
        />
        <h4>Diagram batang (dari tertinggi)</h4>
        <BarChart bank={bank} score={score} />
        <ScoresTable bank={bank} score={score} />
        <h4>Ringkasan</h4>
        {summary.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <section aria-labelledby="p2-h-prio">
        <h3 id="p2-h-prio">Prioritas perbaikan</h3>
        <Priorities bank={bank} priorities={prio} cases={cases} partnerType={ctx.jenisMitra} />
      </section>
      {result.actionPlan.length > 0 && (
        <section aria-labelledby="p2-h-plan">
          <h3 id="p2-h-plan">Rencana aksi</h3>
          <div class="table-wrap">
            <table class="p2-table">
              <caption>Rencana aksi</caption>
              <thead>
                <tr>
                  <th scope="col">Kegiatan</th>
                  <th scope="col">Penanggung jawab</th>
                  <th scope="col">Tenggat</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {result.actionPlan.map((row) => (
                  <tr key={row.id}>
                    <td>{row.kegiatan}</td>
                    <td>{row.penanggungJawab || "–"}</td>
                    <td>{row.tenggat ? formatLocalDate(row.tenggat) : "–"}</td>
                    <td>{{ belum: "Belum", berjalan: "Berjalan", selesai: "Selesai" }[row.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
