// Results: overall index, radar (lazy Chart.js), sorted bars, table, summary, priorities and the action plan.
// Loaded by dynamic import only when the user reaches the results, so it is not part of the questionnaire's JS.
import { useEffect } from "preact/hooks";
import { seedActionPlan } from "../../lib/assessment/action-plan";
import type { BankData, StoredResult } from "../../lib/assessment/types";
import { ActionPlan } from "./ActionPlan";
import { PrintButton } from "./PrintButton";
import { StepTitle } from "./StepTitle";
import { ReportBody } from "./report/ReportBody";
import { ReportSection } from "./report/ReportSection";
import { useScored } from "./report/use-scored";
import { ResultTools } from "./share/ResultTools";
import { Overlay } from "./history/Overlay";

export interface ResultsProps {
  bank: BankData;
  result: StoredResult;
  onChange: (next: StoredResult) => void;
  onEdit: () => void;
}

export function Results({ bank, result, onChange, onEdit }: ResultsProps) {
  const { score, prio } = useScored(bank, result);

  // Seed the plan once from the priorities; later edits are the user's and are never replaced.
  useEffect(() => {
    if (result.actionPlan.length === 0 && prio.dimensions.length > 0)
      onChange({
        ...result,
        actionPlan: seedActionPlan(bank, prio.dimensions, []),
        updatedAt: new Date().toISOString(),
      });
  }, []);

  return (
    <div class="asm-report">
      <StepTitle>Hasil penilaian: {bank.title}</StepTitle>
      <ReportBody bank={bank} result={result} score={score} prio={prio} idPrefix="asm" />

      <ReportSection id="asm-h-plan" title="Rencana aksi">
        <p class="no-print muted">Ubah, tambah, atau hapus kegiatan; perubahan tersimpan otomatis di perangkat ini.</p>
        <ActionPlan
          rows={result.actionPlan}
          onChange={(actionPlan) => onChange({ ...result, actionPlan, updatedAt: new Date().toISOString() })}
        />
      </ReportSection>

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
