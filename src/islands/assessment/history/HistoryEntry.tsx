// One saved assessment in the history list: open, rename, download, delete (confirmed), select for comparison.
import { useState } from "preact/hooks";
import { deleteFromHistory, renameInHistory } from "../../../lib/assessment/history";
import { resultDate } from "../../../lib/assessment/format";
import type { StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { resultTitle, t, tm } from "../../../i18n/history";
import { downloadJson } from "../io/export-json";
import { focusOnMount } from "../ui/focus";

interface Props {
  r: StoredResult;
  bankTitle: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onChanged: () => void;
  setNotice: (s: string) => void;
}

export function HistoryEntry({ r, bankTitle, selected, onSelect, onChanged, setNotice }: Props) {
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  const [name, setName] = useState(r.name ?? "");
  const title = resultTitle(r);
  const answered = Object.keys(r.answers).length;
  const rename = (e: Event) => {
    e.preventDefault();
    const out = renameInHistory(r.id, name);
    setNotice(out.ok ? t("history.renamed", { name: name.trim() || t("history.noName") }) : tm({ key: out.code }));
    setMode("view");
    onChanged();
  };
  const remove = () => {
    const out = deleteFromHistory(r.id);
    setNotice(out.ok ? t("history.deleted", { title }) : tm({ key: out.code }));
    onChanged();
  };
  const box = `hist-sel-${r.id}`;
  return (
    <li class="card hist-entry" data-id={r.id}>
      <h3 class="hist-entry-title">{title}</h3>
      {r.kesepakatan && <p class="hist-agreed">{t("history.entry.agreed", { n: r.kesepakatan.responden })}</p>}
      <p class="muted">
        {t("history.entry.meta", { bank: bankTitle, version: r.bank.version, date: resultDate(r), answers: answered })}
      </p>
      <div class="form-field">
        <input
          type="checkbox"
          id={box}
          checked={selected}
          onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)}
        />{" "}
        <label for={box}>{t("history.entry.select", { title })}</label>
      </div>
      {mode === "rename" && (
        <form class="hist-rename" onSubmit={rename}>
          <label for={`hist-name-${r.id}`}>{t("history.entry.newName")}</label>
          <input
            ref={focusOnMount}
            id={`hist-name-${r.id}`}
            value={name}
            maxLength={200}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
          <div class="action-row">
            <button type="submit" class="button">
              {t("history.entry.saveName")}
            </button>
            <button type="button" class="button secondary" onClick={() => setMode("view")}>
              {t("assessment.cancel")}
            </button>
          </div>
        </form>
      )}
      {mode === "delete" && (
        <div class="box asm-message" role="group" aria-labelledby={`hist-del-${r.id}`}>
          <p id={`hist-del-${r.id}`}>{t("history.entry.deleteQuestion", { title })}</p>
          <div class="action-row">
            <button type="button" class="button" onClick={remove}>
              {t("history.entry.confirmDelete")}
            </button>
            <button type="button" class="button secondary" onClick={() => setMode("view")} ref={focusOnMount}>
              {t("assessment.cancel")}
            </button>
          </div>
        </div>
      )}
      {mode === "view" && (
        <div class="action-row">
          <a class="button" href={withBase(routes.localResult(r.id))}>
            {t("history.entry.open")}
            <span class="visually-hidden"> {title}</span>
          </a>
          <button type="button" class="button secondary" onClick={() => setMode("rename")}>
            {t("history.entry.rename")}
            <span class="visually-hidden"> {title}</span>
          </button>
          <button type="button" class="button secondary" onClick={() => downloadJson(r)}>
            {t("history.entry.downloadJson")}
            <span class="visually-hidden"> {title}</span>
          </button>
          <button type="button" class="button secondary" onClick={() => setMode("delete")}>
            {t("assessment.delete")}
            <span class="visually-hidden"> {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}
