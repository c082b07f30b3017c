// Import of a JSON export into the local history: size, JSON, kind, format, bank and items are all checked, and
// nothing already saved is replaced.
import { useState } from "preact/hooks";
import { importToHistory } from "../../../lib/assessment/history";
import { t, tm } from "../../../i18n/history";
import type { BankRef } from "../io/bank-loader";

interface Outcome {
  ok: boolean;
  message: string;
  problems?: string[] | undefined;
}

export async function importFile(file: File, banks: readonly BankRef[]): Promise<Outcome> {
  const { fromFile } = await import("../io/read-file");
  const loaded = await fromFile(file, banks);
  if (!loaded.ok) return { ok: false, message: tm(loaded.error), problems: loaded.problems?.map(tm) };
  const out = importToHistory(loaded.result);
  if (out.status === "failed") return { ok: false, message: tm({ key: out.code }) };
  return { ok: true, message: t(`history.import.${out.status}`, { file: file.name }) };
}

export function ImportFile({ banks, onImported }: { banks: BankRef[]; onImported: () => void }) {
  const [messages, setMessages] = useState<Outcome[]>([]);
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
    <section aria-labelledby="hist-import-title" class="hist-import">
      <h2 id="hist-import-title">{t("history.import.title")}</h2>
      <p>{t("history.import.body")}</p>
      <div class="form-field">
        <label for="hist-import-file">{t("history.import.label")}</label>
        <input id="hist-import-file" type="file" accept=".json,application/json" multiple onChange={onChange} />
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
            {!m.ok && <p>{t("history.import.unchanged")}</p>}
          </div>
        ))}
      </div>
    </section>
  );
}
