// Step 1 of the comparison: results come from files (chosen or dropped), pasted share links, or the local history.
import { useState } from "preact/hooks";
import { listHistory } from "../../../lib/assessment/history";
import { resultDate } from "../../../lib/assessment/format";
import type { CompareNote, Loaded } from "../../../lib/assessment/compare-inputs";
import { message, type Message } from "../../../lib/util/message";
import { resultOption, t, tm } from "../../../i18n/compare";
import type { BankRef } from "../io/bank-loader";
import { ResultSelect } from "../ui/ResultSelect";

export type LoadedInputs = { item: Loaded; source: string }[];

// Each reader loads when the user first uses it: most visits add files or links, rarely both.
const readFile = () => import("../io/read-file");
const readLink = () => import("../io/read-link");
const readHistory = () => import("../io/read-history");

interface Props {
  banks: BankRef[];
  notes: CompareNote[];
  onLoaded: (loaded: LoadedInputs) => void;
  /** For a problem that is not about one input (nothing pasted). */
  onNotice: (error: Message) => void;
}

export function CompareInputs({ banks, notes, onLoaded, onNotice }: Props) {
  const [links, setLinks] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [dragging, setDragging] = useState(false);
  const [historyPick, setHistoryPick] = useState("");
  const [history] = useState(() => listHistory().entries);

  const addFiles = async (files: File[]) => {
    const { fromFile } = await readFile();
    onLoaded(
      await Promise.all(
        files.map(async (f) => ({
          item: await fromFile(f, banks),
          source: t("compare.source.file", { name: f.name }),
        })),
      ),
    );
  };
  const addLinks = async () => {
    const lines = links
      .split(/\s+/)
      .filter((l) => l.trim() !== "")
      .slice(0, 50);
    if (lines.length === 0) return onNotice(message("compare.add.noLinks"));
    const { fromLink } = await readLink();
    onLoaded(
      await Promise.all(
        lines.map(async (l, i) => ({
          item: await fromLink(l, passphrase),
          source: t("compare.source.link", { n: i + 1 }),
        })),
      ),
    );
    setLinks("");
  };
  const addHistory = async () => {
    if (historyPick === "") return;
    const { fromHistory } = await readHistory();
    onLoaded([{ item: await fromHistory(historyPick), source: t("compare.source.history") }]);
  };

  return (
    <section aria-labelledby="cmp-add-title" class="no-print">
      <h2 id="cmp-add-title">{t("compare.add.title")}</h2>
      <p>{t("compare.add.body")}</p>
      <div
        class={`cmp-drop${dragging ? " cmp-drop-active" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label for="cmp-files">{t("compare.add.files")}</label>
        <input
          id="cmp-files"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void addFiles([...(input.files ?? [])]).then(() => {
              input.value = "";
            });
          }}
        />
      </div>
      <div class="form-field">
        <label for="cmp-links">{t("compare.add.links")}</label>
        <textarea
          id="cmp-links"
          rows={3}
          value={links}
          onInput={(e) => setLinks((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="form-field">
        <label for="cmp-pass">{t("compare.add.passphrase")}</label>
        <input
          id="cmp-pass"
          type="password"
          autocomplete="off"
          value={passphrase}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="action-row">
        <button type="button" class="button secondary" onClick={() => void addLinks()}>
          {t("compare.add.addLinks")}
        </button>
      </div>
      {history.length > 0 && (
        <div class="form-field">
          <label for="cmp-history">{t("compare.add.fromHistory")}</label>
          <ResultSelect
            id="cmp-history"
            results={history}
            value={historyPick}
            onChange={setHistoryPick}
            placeholder={t("compare.add.choose")}
            optionText={(r) => t("compare.add.option", { title: resultOption(r), date: resultDate(r) })}
          />{" "}
          <button type="button" class="button secondary" onClick={() => void addHistory()}>
            {t("compare.add.addHistory")}
          </button>
        </div>
      )}
      <div aria-live="polite" class="cmp-messages">
        {notes.map((n, i) =>
          n.kind === "added" ? (
            <p key={i}>{t("compare.note.added", { n: n.n })}</p>
          ) : (
            <p key={i} class="box asm-message">
              {n.kind === "notice"
                ? tm(n.error)
                : t("compare.note.problem", { source: n.source, message: tm(n.error) })}
            </p>
          ),
        )}
      </div>
    </section>
  );
}
