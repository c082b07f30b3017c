import { t } from "../../../i18n/report";

/** One ticked evidence type as the report writes it, followed by the user's note when there is one. */
export function EvidenceNote({ label, note }: { label: string; note: string | undefined }) {
  const text = note?.trim();
  return <>{text ? t("report.item.evidenceNote", { evidence: label, note: text }) : label}</>;
}
