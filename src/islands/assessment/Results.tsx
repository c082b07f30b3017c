// Results: overall index, radar (lazy Chart.js), sorted bars, table, summary, priorities and the action plan.
// Loaded by dynamic import only when the user reaches the results, so it is not part of the questionnaire's JS.
import { useEffect, useMemo, useState } from "preact/hooks";
import { priorities as pickPriorities, scoreResult } from "../../lib/assessment/scoring";
import { bandLabel, formatMean, formatShare, summarize } from "../../lib/assessment/summary";
import { seedActionPlan } from "../../lib/assessment/action-plan";
import { formatLocalDate, localDate } from "../../lib/assessment/dates";
import type { CaseSummary } from "../../lib/assessment/recommend";
import type { BankData, StoredResult } from "../../lib/assessment/types";
import { partnerTypeLabels } from "../../lib/content/labels";
import { formatDecimal } from "../../lib/site/format";
import { BarChart } from "./BarChart";
import { ScoresTable } from "./ScoresTable";
import { RadarChart } from "./RadarChart";
import { Priorities } from "./Priorities";
import { ActionPlan } from "./ActionPlan";
import { PrintButton } from "./PrintButton";
import { StepTitle } from "./StepTitle";
import { fetchJson } from "./fetch-json";
import { ResultTools } from "./share/ResultTools";
import { Overlay } from "./history/Overlay";

export interface ResultsProps {
  bank: BankData;
  result: StoredResult;
  onChange: (next: StoredResult) => void;
  onEdit: () => void;
}

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

export function Results({ bank, result, onChange, onEdit }: ResultsProps) {
  const score = useMemo(
    () => scoreResult(bank, result.answers, result.evidence),
    [bank, result.answers, result.evidence],
  );
  const prio = useMemo(() => pickPriorities(bank, score), [bank, score]);
  const [cases, setCases] = useState<CaseSummary[]>();

  useEffect(() => {
    void fetchJson("/studi-kasus/data.json").then((v) => setCases(isCaseList(v) ? v : []));
  }, []);

  // Seed the plan once from the priorities; later edits are the user's and are never replaced.
  useEffect(() => {
    if (result.actionPlan.length === 0 && prio.dimensions.length > 0)
      onChange({
        ...result,
        actionPlan: seedActionPlan(bank, prio.dimensions, []),
        updatedAt: new Date().toISOString(),
      });
  }, []);

  const summary = summarize(bank, score);
  const ctx = result.context;
  const date = ctx.tanggal
    ? formatLocalDate(ctx.tanggal)
    : formatLocalDate(localDate(new Date(result.completedAt ?? result.updatedAt)));
  const radarData = { labels: score.dimensions.map((d) => d.shortLabel), values: score.dimensions.map((d) => d.mean) };
  const radarText = `Grafik radar skor ${score.dimensions.length} dimensi. ${summary[1] ?? ""} Angka lengkap ada di tabel skor.`;

  return (
    <div class="asm-report">
      <StepTitle>Hasil penilaian: {bank.title}</StepTitle>
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
        <dd>{date}</dd>
        <dt>Kuesioner</dt>
        <dd>
          {bank.title}, versi {bank.version} ({score.answeredItems} dari {score.totalItems} pernyataan dijawab)
        </dd>
      </dl>

      <section aria-labelledby="asm-h-overall">
        <h3 id="asm-h-overall">Indeks keseluruhan</h3>
        <div class={`asm-overall band-${score.overallBand ?? "none"}`}>
          <p class="asm-index">{formatMean(score.overall)}</p>
          <p>
            dari 5 · {score.overall100 === null ? "–" : formatDecimal(score.overall100)} dari 100 ·{" "}
            <span class="asm-band">{bandLabel(bank, score.overallBand)}</span>
          </p>
          <p>Cakupan bukti: {formatShare(score.evidenceCoverage)} jawaban 4–5 didukung bukti</p>
        </div>
      </section>

      <section aria-labelledby="asm-h-charts">
        <h3 id="asm-h-charts">Skor per dimensi</h3>
        <RadarChart data={radarData} description={radarText} />
        <h4>Diagram batang (dari tertinggi)</h4>
        <BarChart bank={bank} score={score} />
        <ScoresTable bank={bank} score={score} />
        <h4>Ringkasan</h4>
        {summary.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>

      <section aria-labelledby="asm-h-prio">
        <h3 id="asm-h-prio">Prioritas perbaikan</h3>
        <Priorities bank={bank} priorities={prio} cases={cases} partnerType={ctx.jenisMitra} />
      </section>

      <section aria-labelledby="asm-h-plan">
        <h3 id="asm-h-plan">Rencana aksi</h3>
        <p class="no-print muted">Ubah, tambah, atau hapus kegiatan; perubahan tersimpan otomatis di perangkat ini.</p>
        <ActionPlan
          rows={result.actionPlan}
          onChange={(actionPlan) => onChange({ ...result, actionPlan, updatedAt: new Date().toISOString() })}
        />
      </section>

      <Overlay bank={bank} result={result} />
      <ResultTools bank={bank} result={result} showBackup />

      <p class="print-only muted">
        Dibuat dengan SiapMitra. Alat refleksi yang belum divalidasi secara statistik; tidak untuk memeringkat instansi.
      </p>

      <div class="asm-actions no-print">
        <PrintButton label="Cetak atau simpan PDF" />
        <button type="button" class="button secondary" onClick={onEdit}>
          Ubah jawaban
        </button>
      </div>
    </div>
  );
}
