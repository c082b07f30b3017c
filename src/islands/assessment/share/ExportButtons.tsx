// JSON and CSV downloads of one result; the file names carry the local (not UTC) date.
import { useState } from "preact/hooks";
import { encodeExport, exportFileName } from "../../../lib/assessment/codec-json";
import { dimensionsCsv, itemsCsv } from "../../../lib/assessment/codec-csv";
import { localDate } from "../../../lib/assessment/dates";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { downloadText } from "../io/download";

export const dayOf = (r: StoredResult) => localDate(new Date(r.completedAt ?? r.updatedAt));

export function downloadJson(result: StoredResult): boolean {
  return downloadText(exportFileName(result, dayOf(result), "json"), encodeExport(result), "application/json");
}

/** A spreadsheet export; `part` names it in the file name. */
const downloadCsv = (result: StoredResult, part: string, csv: string): boolean =>
  downloadText(exportFileName(result, dayOf(result), "csv", part), csv, "text/csv");

export function ExportButtons({ bank, result }: { bank: BankData; result: StoredResult }) {
  const [error, setError] = useState<string>();
  const run = (ok: boolean) => setError(ok ? undefined : "Berkas tidak dapat diunduh di peramban ini.");
  const downloads = [
    { label: "Unduh JSON (untuk impor)", download: () => downloadJson(result) },
    { label: "Unduh CSV per pernyataan", download: () => downloadCsv(result, "pernyataan", itemsCsv(bank, result)) },
    { label: "Unduh CSV per dimensi", download: () => downloadCsv(result, "dimensi", dimensionsCsv(bank, result)) },
  ];
  return (
    <>
      <div class="p2-actions">
        {downloads.map(({ label, download }) => (
          <button key={label} type="button" class="button secondary" onClick={() => run(download())}>
            {label}
          </button>
        ))}
      </div>
      {error && (
        <p class="box asm-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
