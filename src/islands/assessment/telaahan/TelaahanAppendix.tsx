import type { ResultScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/telaahan";
import { EvidenceNote } from "../report/EvidenceNote";
import { DataTable } from "../ui/DataTable";
import { answerText, evidenceLabel } from "../ui/answer-text";

/** The memo's attachment: every statement, dimension by dimension, with the answer, the evidence and its notes. */
export function TelaahanAppendix({
  bank,
  result,
  score,
}: {
  bank: BankData;
  result: StoredResult;
  score: ResultScore;
}) {
  let n = 0;
  return (
    <section class="telaahan-appendix" aria-labelledby="telaahan-appendix-title">
      <h3 id="telaahan-appendix-title">{t("telaahan.appendix.title")}</h3>
      <p>
        {t("telaahan.appendix.intro", {
          bank: bank.title,
          version: bank.version,
          answered: score.answeredItems,
          total: score.totalItems,
        })}
      </p>
      {bank.dimensions.map((dim) => (
        <DataTable
          key={dim.id}
          class="telaahan-items"
          caption={dim.name}
          head={
            <>
              <th scope="col">{t("telaahan.appendix.no")}</th>
              <th scope="col">{t("telaahan.appendix.statement")}</th>
              <th scope="col">{t("telaahan.appendix.answer")}</th>
              <th scope="col">{t("telaahan.appendix.evidence")}</th>
            </>
          }
        >
          {bank.items
            .filter((i) => i.dimension === dim.id)
            .map((item) => {
              const answer = result.answers[item.id];
              const ticked = result.evidence[item.id] ?? [];
              const reason = answer === "tb" ? result.alasan?.[item.id]?.trim() : undefined;
              n++;
              return (
                <tr key={item.id}>
                  <td>{n}</td>
                  <th scope="row">
                    {item.statement}
                    {bank.keyItems.includes(item.id) && <> ({t("telaahan.appendix.key")})</>}
                  </th>
                  <td>
                    {answerText(bank, item.id, answer)}
                    {reason && (
                      <>
                        <br />
                        {t("telaahan.appendix.reason", { reason })}
                      </>
                    )}
                  </td>
                  <td>
                    {ticked.length === 0 ? (
                      t("telaahan.appendix.noEvidence")
                    ) : (
                      <ul>
                        {ticked.map((e) => (
                          <li key={e}>
                            <EvidenceNote label={evidenceLabel(bank, e)} note={result.catatanBukti?.[item.id]?.[e]} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
        </DataTable>
      ))}
    </section>
  );
}
