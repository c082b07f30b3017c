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

/** The two spreadsheet exports, named by their part of the file name. */
const csvParts = { pernyataan: itemsCsv, dimensi: dimensionsCsv } as const;

function downloadCsv(bank: BankData, result: StoredResult, part: keyof typeof csvParts): boolean {
  return downloadText(exportFileName(result, dayOf(result), "csv", part), csvParts[part](bank, result), "text/csv");
}

export function ExportButtons({ bank, result }: { bank: BankData; result: StoredResult }) {
  const [error, setError] = useState<string>();
  const run = (ok: boolean) => setError(ok ? undefined : "Berkas tidak dapat diunduh di peramban ini.");
  return (
    <>
      <div class="p2-actions">
        <button type="button" class="button secondary" onClick={() => run(downloadJson(result))}>
          Unduh JSON (untuk impor)
        </button>
        <button type="button" class="button secondary" onClick={() => run(downloadCsv(bank, result, "pernyataan"))}>
          Unduh CSV per pernyataan
        </button>
        <button type="button" class="button secondary" onClick={() => run(downloadCsv(bank, result, "dimensi"))}>
          Unduh CSV per dimensi
        </button>
      </div>
      {error && (
        <p class="box asm-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
