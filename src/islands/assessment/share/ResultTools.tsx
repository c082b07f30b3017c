// "Simpan dan bagikan": exports, the share link and (right after completing) the backup prompt. Used on the
// questionnaire's results and on /penilaian/hasil/.
import { useState } from "preact/hooks";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/share";
import { downloadJson } from "../io/export-json";
import { ExportButtons } from "./ExportButtons";
import { SharePanel } from "./SharePanel";

export function BackupPrompt({ result }: { result: StoredResult }) {
  const [done, setDone] = useState(false);
  return (
    <div class="box share-backup" role="region" aria-labelledby="share-backup-title">
      <h4 id="share-backup-title">{t("share.backup.title")}</h4>
      <p>{t("share.backup.body")}</p>
      <button
        type="button"
        class="button"
        onClick={() => {
          setDone(downloadJson(result));
        }}
      >
        {t("share.backup.button")}
      </button>
      {done && <p role="status">{t("share.backup.done")}</p>}
    </div>
  );
}

export function ResultTools({
  bank,
  result,
  showBackup = false,
}: {
  bank: BankData;
  result: StoredResult;
  showBackup?: boolean;
}) {
  return (
    <section class="share-tools no-print" aria-labelledby="share-tools-title">
      <h3 id="share-tools-title">{t("share.tools.title")}</h3>
      {showBackup && <BackupPrompt result={result} />}
      <h4>{t("share.tools.download")}</h4>
      <ExportButtons bank={bank} result={result} />
      <SharePanel bank={bank} result={result} />
    </section>
  );
}
