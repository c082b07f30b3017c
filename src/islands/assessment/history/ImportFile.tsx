// Import of a JSON export into the local history: size, JSON, kind, format, bank and items are all checked, and
// nothing already saved is replaced.
import { useState } from "preact/hooks";
import { checkAgainstBank, decodeExport, importMessages, MAX_IMPORT_BYTES } from "../../../lib/assessment/codec-json";
import { importToHistory } from "../../../lib/assessment/history";
import { bankMissing, knownBanks, loadBank, type BankRef } from "../io/bank-loader";
import { readFileText } from "../io/download";

export async function importFile(
  file: File,
  banks: readonly BankRef[],
): Promise<{ ok: boolean; message: string; problems?: string[] }> {
  const read = await readFileText(file, MAX_IMPORT_BYTES);
  if (!read.ok) return { ok: false, message: read.tooLarge ? importMessages.tooLarge : "Berkas tidak dapat dibaca." };
  const decoded = decodeExport(read.text, knownBanks(banks));
  if (!decoded.ok) return { ok: false, message: decoded.message, problems: decoded.problems };
  const bank = await loadBank(decoded.result.bank.id, decoded.result.bank.version);
  if (!bank) return { ok: false, message: bankMissing(decoded.result.bank.id, decoded.result.bank.version) };
  const checked = checkAgainstBank(decoded.result, bank);
  if (!checked.ok) return { ok: false, message: checked.message, problems: checked.problems };
  const out = importToHistory(checked.result);
  switch (out.status) {
    case "saved":
      return { ok: true, message: `Berkas ${file.name} diimpor dan disimpan di riwayat.` };
    case "same":
      return { ok: true, message: `Penilaian dalam ${file.name} sudah ada di riwayat; tidak ada yang diubah.` };
    case "copy":
      return {
        ok: true,
        message: `Di riwayat sudah ada penilaian dengan kode yang sama tetapi isinya berbeda; ${file.name} disimpan sebagai salinan baru dan yang lama tidak diubah.`,
      };
    default:
      return { ok: false, message: out.message };
  }
}

export function ImportFile({ banks, onImported }: { banks: BankRef[]; onImported: () => void }) {
  const [messages, setMessages] = useState<{ ok: boolean; message: string; problems?: string[] }[]>([]);
  const onChange = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    const out = [];
    for (const f of files) out.push(await importFile(f, banks));
    setMessages(out);
    input.value = "";
    if (out.some((m) => m.ok)) onImported();
  };
  return (
    <section aria-labelledby="p2-import-title" class="p2-import">
      <h2 id="p2-import-title">Impor hasil</h2>
      <p>Pilih berkas JSON hasil ekspor SiapMitra (maksimal 1 MB). Berkas hanya dibaca di peramban ini.</p>
      <div class="p2-field">
        <label for="p2-import-file">Berkas JSON</label>
        <input id="p2-import-file" type="file" accept=".json,application/json" multiple onChange={onChange} />
      </div>
      <div aria-live="polite">
        {messages.map((m, i) => (
          <div key={i} class={`box ${m.ok ? "" : "asm-message"}`} role={m.ok ? undefined : "alert"}>
            <p>{m.message}</p>
            {m.problems && m.problems.length > 0 && (
              <ul>
                {m.problems.slice(0, 5).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            {!m.ok && <p>Data yang sudah tersimpan tidak berubah.</p>}
          </div>
        ))}
      </div>
    </section>
  );
}
