// /penilaian/bandingkan/: load two or more exports or share links (chosen, dropped, pasted, or from the local
// history), label each with its agency, and compare per respondent or per agency, optionally anonymously.
import { useEffect, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import { ANONYMITY_DEFAULT, anonymousView, compareResults } from "../../../lib/assessment/compare";
import { addToComparison, type CompareEntry, type CompareNote } from "../../../lib/assessment/compare-inputs";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { t, tm } from "../../../i18n/compare";
import type { BankRef } from "../io/bank-loader";
import { fromHistory } from "../io/read-result";
import { Alert } from "../ui/Alert";
import { CompareInputs, type LoadedInputs } from "./CompareInputs";
import { CompareOptions, type CompareSettings } from "./CompareOptions";
import type { CompareReportProps } from "./CompareReport";
import { RespondentLabels } from "./RespondentLabels";

let seq = 0;
const unnamed = (n: number) => t("compare.respondent", { n });

export default function CompareApp({ banks }: { banks: BankRef[] }) {
  const [bank, setBank] = useState<BankData>();
  const [entries, setEntries] = useState<CompareEntry[]>([]);
  const [notes, setNotes] = useState<CompareNote[]>([]);
  const [settings, setSettings] = useState<CompareSettings>({
    mode: "responden",
    anonymous: false,
    threshold: ANONYMITY_DEFAULT,
  });
  // The report (radar, tables, agenda) loads only once there is something to compare.
  const [Report, setReport] = useState<ComponentType<CompareReportProps>>();
  useEffect(() => {
    if (entries.length >= 2 && !Report) void import("./CompareReport").then((m) => setReport(() => m.CompareReport));
  }, [entries.length]);

  const add = (loaded: LoadedInputs) => {
    const out = addToComparison(bank, entries, loaded, () => `in-${++seq}`);
    if (out.bank !== bank) setBank(out.bank);
    setEntries((prev) => [...prev, ...out.added]);
    setNotes(out.notes);
  };

  useEffect(() => {
    const m = /^#lokal=(.+)$/.exec(location.hash);
    if (!m) return;
    const ids = m[1]!
      .split(",")
      .map((s) => decodeURIComponent(s))
      .slice(0, 50);
    void Promise.all(
      ids.map(async (id, i) => ({ item: await fromHistory(id), source: t("compare.source.historyN", { n: i + 1 }) })),
    ).then(add);
  }, []);

  const remove = (key: string) => {
    const next = entries.filter((e) => e.key !== key);
    setEntries(next);
    if (next.length === 0) setBank(undefined);
  };
  const relabel = (key: string, label: string) =>
    setEntries((prev) => prev.map((e) => (e.key === key ? { ...e, label } : e)));

  const inputs = entries.map((e) => ({ label: e.label, result: e.result }));
  const anon = bank && settings.anonymous ? anonymousView(bank, inputs, settings.threshold, unnamed) : undefined;

  return (
    <div class="cmp">
      <CompareInputs
        banks={banks}
        notes={notes}
        onLoaded={add}
        onNotice={(error) => setNotes([{ kind: "notice", error }])}
      />
      {entries.length > 0 && bank && (
        <RespondentLabels bank={bank} entries={entries} onRelabel={relabel} onRemove={remove} />
      )}
      {entries.length === 1 && <p class="box">{t("compare.needMore")}</p>}
      {entries.length >= 2 && bank && (
        <>
          <CompareOptions value={settings} onChange={setSettings} />
          {anon && !anon.allowed ? (
            <section class="cmp-report" aria-labelledby="cmp-report-title">
              <h2 id="cmp-report-title">{t("compare.report.title")}</h2>
              <Alert id="cmp-anon-reason" announce={false}>
                {tm(anon.reason)}
              </Alert>
              <p>
                {t("compare.anonymousOverall", { n: anon.respondents })} <strong>{formatMean(anon.overall)}</strong>{" "}
                {t("compare.of5")}
              </p>
            </section>
          ) : Report ? (
            <Report
              bank={bank}
              c={anon?.allowed ? anon.comparison : compareResults(bank, inputs, settings.mode, unnamed)}
              anonymous={settings.anonymous}
            />
          ) : (
            <p role="status">{t("compare.preparing")}</p>
          )}
        </>
      )}
    </div>
  );
}
