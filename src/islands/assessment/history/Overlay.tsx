// "Bandingkan dengan penilaian sebelumnya": a previous result of the same bank drawn as a second radar series,
// with a table of the change per dimension. Another bank version is mapped onto this one first.
import { useEffect, useMemo, useState } from "preact/hooks";
import { listHistory } from "../../../lib/assessment/history";
import { dimensionChanges, previousOf } from "../../../lib/assessment/overlay";
import { mapToVersion, type VersionMapping } from "../../../lib/assessment/versions";
import { formatMean } from "../../../lib/assessment/summary";
import { resultDate } from "../../../lib/assessment/format";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import type { Message } from "../../../lib/util/message";
import { formatChange, resultOption, t, tm } from "../../../i18n/history";
import { loadBank, bankMissing } from "../io/bank-loader";
import { SeriesRadar } from "../charts/SeriesRadar";
import { Alert } from "../ui/Alert";
import { DataTable } from "../ui/DataTable";
import { ResultSelect } from "../ui/ResultSelect";

export function Overlay({ bank, result }: { bank: BankData; result: StoredResult }) {
  const candidates = useMemo(() => previousOf(result, listHistory().entries), [result.id]);
  const [chosen, setChosen] = useState("");
  const [mapped, setMapped] = useState<VersionMapping>();
  const [error, setError] = useState<Message>();

  useEffect(() => {
    setMapped(undefined);
    setError(undefined);
    const prev = candidates.find((c) => c.id === chosen);
    if (!prev) return;
    if (prev.bank.version === bank.version) {
      setMapped({ result: prev, removed: [], added: [] });
      return;
    }
    void loadBank(prev.bank.id, prev.bank.version).then((from) => {
      if (!from) setError(bankMissing(prev.bank.id, prev.bank.version));
      else setMapped(mapToVersion(prev, from, bank));
    });
  }, [chosen]);

  if (candidates.length === 0)
    return (
      <section class="hist-overlay no-print" aria-labelledby="hist-overlay-title">
        <h3 id="hist-overlay-title">{t("history.overlay.title")}</h3>
        <p class="muted">{t("history.overlay.none")}</p>
      </section>
    );

  const changes = mapped ? dimensionChanges(bank, mapped.result, result) : [];
  const prev = candidates.find((c) => c.id === chosen);
  const description = t("history.overlay.description", {
    before: prev ? resultDate(prev) : "",
    now: resultDate(result),
  });

  return (
    <section class="hist-overlay" aria-labelledby="hist-overlay-title">
      <h3 id="hist-overlay-title">{t("history.overlay.title")}</h3>
      <div class="form-field no-print">
        <label for="hist-overlay-select">{t("history.overlay.label")}</label>
        <ResultSelect
          id="hist-overlay-select"
          results={candidates}
          value={chosen}
          onChange={setChosen}
          placeholder={t("history.overlay.choose")}
          optionText={(c) =>
            t("history.overlay.option", { title: resultOption(c), date: resultDate(c), version: c.bank.version })
          }
        />
      </div>
      {error && <Alert>{tm(error)}</Alert>}
      {mapped && prev && (
        <>
          {(mapped.removed.length > 0 || mapped.added.length > 0) && (
            <p class="box">
              {t("history.overlay.remapped", {
                from: prev.bank.version,
                to: bank.version,
                removed: mapped.removed.length,
                added: mapped.added.length,
              })}
            </p>
          )}
          <SeriesRadar
            data={{
              labels: changes.map((c) => c.shortLabel),
              series: [
                {
                  label: t("history.overlay.before", { date: resultDate(prev) }),
                  values: changes.map((c) => c.before),
                },
                { label: t("history.overlay.now", { date: resultDate(result) }), values: changes.map((c) => c.after) },
              ],
            }}
            description={description}
          />
          <DataTable
            class="data-table"
            id="hist-overlay-table"
            caption={t("history.overlay.caption")}
            head={
              <>
                <th scope="col">{t("history.overlay.dimension")}</th>
                <th scope="col">{t("history.overlay.beforeColumn")}</th>
                <th scope="col">{t("history.overlay.nowColumn")}</th>
                <th scope="col">{t("history.overlay.change")}</th>
              </>
            }
          >
            {changes.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{formatMean(c.before)}</td>
                <td>{formatMean(c.after)}</td>
                <td>{formatChange(c.change)}</td>
              </tr>
            ))}
          </DataTable>
          <p>{overlaySummary(changes)}</p>
        </>
      )}
    </section>
  );
}

function overlaySummary(changes: ReturnType<typeof dimensionChanges>): string {
  const up = changes.filter((c) => (c.change ?? 0) >= 0.005).map((c) => c.name);
  const down = changes.filter((c) => (c.change ?? 0) <= -0.005).map((c) => c.name);
  const none = t("history.overlay.nothing");
  return t("history.overlay.summary", { up: up.join(", ") || none, down: down.join(", ") || none });
}
