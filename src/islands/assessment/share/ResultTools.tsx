// "Simpan dan bagikan": exports, the share link and (right after completing) the backup prompt. Used on the
// questionnaire's results and on /penilaian/hasil/.
import { useState } from "preact/hooks";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { ExportButtons, downloadJson } from "./ExportButtons";
import { SharePanel } from "./SharePanel";

export function BackupPrompt({ result }: { result: StoredResult }) {
  const [done, setDone] = useState(false);
  return (
    <div class="box p2-backup" role="region" aria-labelledby="p2-backup-title">
      <h4 id="p2-backup-title">Simpan cadangan hasil ini</h4>
      <p>
        Hasil tersimpan di peramban perangkat ini saja. Peramban dapat menghapusnya (Safari setelah 7 hari tanpa
        kunjungan, peramban di dalam aplikasi saat ditutup, komputer kantor bersama), jadi unduh cadangan JSON. Berkas
        itu dapat diimpor kembali di halaman Riwayat penilaian.
      </p>
      <button
        type="button"
        class="button"
        onClick={() => {
          setDone(downloadJson(result));
        }}
      >
        Unduh cadangan JSON
      </button>
      {done && <p role="status">Cadangan diunduh. Simpan berkasnya di tempat yang aman.</p>}
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
    <section class="p2-tools no-print" aria-labelledby="p2-tools-title">
      <h3 id="p2-tools-title">Simpan dan bagikan</h3>
      {showBackup && <BackupPrompt result={result} />}
      <h4>Unduh</h4>
      <ExportButtons bank={bank} result={result} />
      <SharePanel bank={bank} result={result} />
    </section>
  );
}
