import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/telaahan";

/** The memo's head: who it goes to, from whom, date and number are the agency's own (a line to write on). */
export function TelaahanHead({ bank, result }: { bank: BankData; result: StoredResult }) {
  const partnership = result.context.kemitraan.trim();
  const rows: [label: string, value: string | null][] = [
    [t("telaahan.head.to"), null],
    [t("telaahan.head.from"), null],
    [t("telaahan.head.date"), null],
    [t("telaahan.head.number"), null],
    [t("telaahan.head.attachment"), t("telaahan.head.attachmentValue")],
    [
      t("telaahan.head.subject"),
      partnership
        ? t("telaahan.head.subjectPartnership", { bank: bank.title, partnership })
        : t("telaahan.head.subjectValue", { bank: bank.title }),
    ],
  ];
  return (
    <table class="telaahan-head">
      <caption class="visually-hidden">{t("telaahan.head.caption")}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>:</td>
            <td class={value === null ? "telaahan-line" : undefined}>
              {value ?? <span class="visually-hidden">{t("telaahan.blank")}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
