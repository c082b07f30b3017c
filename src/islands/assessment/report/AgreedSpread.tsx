// A team's agreed score in its report: per statement, how many respondents gave each answer, the level the team
// agreed on and its note. Plain tables with headers, one per dimension, so it reads the same on screen and paper.
import { spreadRows } from "../../../lib/assessment/agreed";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";
import { DataTable } from "../ui/DataTable";
import { answerText } from "../ui/answer-text";
import { ReportSection } from "./ReportSection";

export function AgreedSpread({ bank, result, idPrefix }: { bank: BankData; result: StoredResult; idPrefix: string }) {
  const agreed = result.kesepakatan;
  if (!agreed) return null;
  return (
    <ReportSection id={`${idPrefix}-h-agreed`} title={t("report.agreed.title")}>
      <p>{t("report.agreed.intro", { n: agreed.responden })}</p>
      {bank.dimensions.map((d) => (
        <DataTable
          key={d.id}
          class="data-table report-agreed"
          caption={t("report.agreed.caption", { name: d.name })}
          head={
            <>
              <th scope="col">{t("report.agreed.statement")}</th>
              <th scope="col">{t("report.agreed.spread", { n: agreed.responden })}</th>
              <th scope="col">{t("report.agreed.level")}</th>
              <th scope="col">{t("report.agreed.note")}</th>
            </>
          }
        >
          {bank.items.map((item, k) =>
            item.dimension !== d.id ? null : (
              <tr key={item.id}>
                <th scope="row">
                  {k + 1}. {item.statement}
                </th>
                <td>
                  <ul class="report-agreed-spread">
                    {spreadRows(agreed.sebaran[item.id] ?? {}, agreed.responden).map((row) => (
                      <li key={String(row.answer)}>
                        {t("report.agreed.count", { answer: answerText(bank, item.id, row.answer), n: row.count })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{answerText(bank, item.id, result.answers[item.id])}</td>
                <td>{agreed.catatan[item.id] ?? "–"}</td>
              </tr>
            ),
          )}
        </DataTable>
      ))}
    </ReportSection>
  );
}
