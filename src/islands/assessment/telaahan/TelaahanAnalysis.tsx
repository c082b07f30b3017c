import type { Priorities } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { bandLabel } from "../../../i18n/report";
import { t, tm } from "../../../i18n/telaahan";
import { ItemLists } from "../report/ItemLists";
import { answerText } from "../ui/answer-text";

/** The priorities and why: each dimension's unmet key items, then its low and unbacked statements. */
export function TelaahanAnalysis({ bank, result, prio }: { bank: BankData; result: StoredResult; prio: Priorities }) {
  const statement = (id: string) => bank.items.find((i) => i.id === id)?.statement ?? id;
  return (
    <>
      {prio.dimensions.length > 0 && <p>{t("telaahan.analysis.intro")}</p>}
      <ol type="a">
        {prio.dimensions.map((d) => (
          <li key={d.id}>
            <h4>
              {t("telaahan.analysis.dimension", {
                name: d.name,
                value: formatMean(d.shown),
                band: bandLabel(bank, d.band),
              })}
            </h4>
            {d.unmetKeyItems.map((id) => (
              <p key={id}>
                {t("telaahan.analysis.keyItem", {
                  statement: statement(id),
                  answer: answerText(bank, id, result.answers[id]),
                })}
              </p>
            ))}
            <ItemLists bank={bank} result={result} d={d} withEvidence={false} />
          </li>
        ))}
      </ol>
      {prio.notes.map((m) => (
        <p key={m.key}>{tm(m)}</p>
      ))}
    </>
  );
}
