// /penilaian/riwayat/: the completed assessments on this device: open, rename, export, delete (confirmed),
// select for comparison, import, and delete everything.
import { useEffect, useState } from "preact/hooks";
import { listHistory, type HistoryList } from "../../../lib/assessment/history";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { t as tc } from "../../../i18n/clear";
import { t, tm } from "../../../i18n/history";
import type { BankRef } from "../io/bank-loader";
import { Alert } from "../ui/Alert";
import ClearDataButton from "./ClearDataButton";
import { HistoryEntry } from "./HistoryEntry";
import { ImportFile } from "./ImportFile";

export default function HistoryApp({ banks }: { banks: BankRef[] }) {
  const [list, setList] = useState<HistoryList>();
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  const refresh = () => setList(listHistory());
  useEffect(refresh, []);
  if (!list) return <p role="status">{t("history.loading")}</p>;
  const titleOf = (id: string) => banks.find((b) => b.id === id)?.title ?? id;
  const chosen = list.entries.filter((r) => selected.includes(r.id));
  const sameBank =
    chosen.length >= 2 &&
    chosen.every((r) => r.bank.id === chosen[0]!.bank.id && r.bank.version === chosen[0]!.bank.version);
  return (
    <div class="hist">
      {list.unavailable && <Alert>{tm({ key: list.unavailable })}</Alert>}
      {list.problems.map((p, i) => (
        <Alert key={i}>{tm(p)}</Alert>
      ))}
      <p role="status">{notice}</p>
      <h2>{t("history.saved", { n: list.entries.length })}</h2>
      {list.entries.length === 0 ? (
        <p>
          {t("history.empty.before")} <a href={withBase(routes.assessment)}>{t("history.empty.link")}</a>{" "}
          {t("history.empty.after")}
        </p>
      ) : (
        <ul class="card-list hist-entries">
          {list.entries.map((r) => (
            <HistoryEntry
              key={`${r.id}-${r.name ?? ""}`}
              r={r}
              bankTitle={titleOf(r.bank.id)}
              selected={selected.includes(r.id)}
              onSelect={(on) => setSelected((s) => (on ? [...s, r.id] : s.filter((x) => x !== r.id)))}
              onChanged={refresh}
              setNotice={setNotice}
            />
          ))}
        </ul>
      )}
      {list.entries.length >= 2 && (
        <div class="action-row">
          {sameBank ? (
            <a class="button" href={withBase(routes.localCompare(chosen.map((r) => r.id)))}>
              {t("history.compareChosen", { n: chosen.length })}
            </a>
          ) : (
            <p class="muted">{t("history.compareHint")}</p>
          )}
        </div>
      )}
      <ImportFile banks={banks} onImported={refresh} />
      <section aria-labelledby="hist-clear-title">
        <h2 id="hist-clear-title">{tc("clear.title")}</h2>
        <p>{tc("clear.body")}</p>
        <ClearDataButton onCleared={refresh} />
      </section>
    </div>
  );
}
