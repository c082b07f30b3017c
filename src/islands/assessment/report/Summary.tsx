import { t } from "../../../i18n/report";

export function Summary({ lines }: { lines: string[] }) {
  return (
    <>
      <h4>{t("report.summary.title")}</h4>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}
