// /penilaian/bandingkan/: load two or more exports or share links (chosen, dropped, pasted, or from the local
// history), label each with its agency, and compare per respondent or per agency, optionally anonymously.
import { useEffect, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import { ANONYMITY_DEFAULT } from "../../../lib/assessment/anonymity";
import { addToComparison, type CompareEntry, type CompareNote } from "../../../lib/assessment/compare-inputs";
import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/compare";
import type { BankRef } from "../io/bank-loader";
import type { AgreedState } from "./agreed-state";
import { CompareInputs, type LoadedInputs } from "./CompareInputs";
import { CompareOptions, type CompareSettings } from "./CompareOptions";
import type { CompareResultProps } from "./CompareResult";
import { RespondentLabels } from "./RespondentLabels";

let seq = 0;

export default function CompareApp({ banks }: { banks: BankRef[] }) {
  const [bank, setBank] = useState<BankData>();
  const [entries, setEntries] = useState<CompareEntry[]>([]);
  const [notes, setNotes] = useState<CompareNote[]>([]);
  const [settings, setSettings] = useState<CompareSettings>({
    mode: "responden",
    anonymous: false,
    threshold: ANONYMITY_DEFAULT,
  });
  // The agreed-score form's work lives here, so hiding the form or changing the options never loses it.
  const [agreed, setAgreed] = useState<AgreedState>({ open: false, dirty: false });
  useEffect(() => {
    if (!agreed.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [agreed.dirty]);
  // The comparison and its report (radar, tables, agenda) load only once there is something to compare.
  const [Result, setResult] = useState<ComponentType<CompareResultProps>>();
  useEffect(() => {
    if (entries.length >= 2 && !Result) void import("./CompareResult").then((m) => setResult(() => m.CompareResult));
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
    void import("../io/read-history").then(({ fromHistory }) =>
      Promise.all(
        ids.map(async (id, i) => ({ item: await fromHistory(id), source: t("compare.source.historyN", { n: i + 1 }) })),
      ).then(add),
    );
  }, []);

  const remove = (key: string) => {
    const next = entries.filter((e) => e.key !== key);
    setEntries(next);
    if (next.length === 0) setBank(undefined);
  };
  const relabel = (key: string, label: string) =>
    setEntries((prev) => prev.map((e) => (e.key === key ? { ...e, label } : e)));

  const inputs = entries.map((e) => ({ label: e.label, result: e.result }));

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
          {Result ? (
            <Result bank={bank} inputs={inputs} settings={settings} agreed={agreed} onAgreed={setAgreed} />
          ) : (
            <p role="status">{t("compare.preparing")}</p>
          )}
        </>
      )}
    </div>
  );
}
