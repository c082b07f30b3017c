import type { DimensionScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";
import { answerText } from "../ui/answer-text";
import { EvidenceList } from "./EvidenceList";

/** Under a dimension: its statements answered 1–2, its 4–5 answers without evidence, and its "Tidak berlaku". */
export function ItemLists({
  bank,
  result,
  d,
  withEvidence = true,
}: {
  bank: BankData;
  result: StoredResult;
  d: DimensionScore;
  /** False where every answer's evidence is listed anyway (the telaahan staf's attachment). */
  withEvidence?: boolean;
}) {
  const statement = (id: string) => bank.items.find((i) => i.id === id)?.statement ?? id;
  const notApplicable = bank.items.filter((i) => i.dimension === d.id && result.answers[i.id] === "tb");
  return (
    <>
      {d.lowItems.length > 0 && (
        <>
          <h5>{t("report.item.low")}</h5>
          <ul class="report-items">
            {d.lowItems.map((id) => (
              <li key={id}>
                {statement(id)} <span class="muted">({answerText(bank, id, result.answers[id])})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {d.unbackedItems.length > 0 && (
        <>
          <h5>{t("report.item.unbacked")}</h5>
          <ul class="report-items">
            {d.unbackedItems.map((id) => (
              <li key={id}>{statement(id)}</li>
            ))}
          </ul>
        </>
      )}
      {notApplicable.length > 0 && (
        <>
          <h5>{t("report.item.notApplicable")}</h5>
          <ul class="report-items">
            {notApplicable.map((i) => (
              <li key={i.id}>
                {t("report.item.reason", {
                  statement: i.statement,
                  reason: result.alasan?.[i.id] ?? t("report.item.noReason"),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {withEvidence && <EvidenceList bank={bank} result={result} d={d} />}
    </>
  );
}
