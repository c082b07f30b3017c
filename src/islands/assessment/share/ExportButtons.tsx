// JSON and CSV downloads of one result; the file names carry the local (not UTC) date.
import { useState } from "preact/hooks";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/share";
import { downloadDimensionsCsv, downloadItemsCsv } from "../io/export-csv";
import { downloadJson } from "../io/export-json";
import { Alert } from "../ui/Alert";

export function ExportButtons({ bank, result }: { bank: BankData; result: StoredResult }) {
  const [error, setError] = useState<string>();
  const run = (ok: boolean) => setError(ok ? undefined : t("share.export.failed"));
  const downloads = [
    { label: t("share.export.json"), download: () => downloadJson(result) },
    { label: t("share.export.itemsCsv"), download: () => downloadItemsCsv(bank, result) },
    { label: t("share.export.dimensionsCsv"), download: () => downloadDimensionsCsv(bank, result) },
  ];
  return (
    <>
      <div class="action-row">
        {downloads.map(({ label, download }) => (
          <button key={label} type="button" class="button secondary" onClick={() => run(download())}>
            {label}
          </button>
        ))}
      </div>
      {error && <Alert>{error}</Alert>}
    </>
  );
}
