import type { DimensionScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";
import { EvidenceNote } from "./EvidenceNote";
import { evidenceLabel } from "../ui/answer-text";

/** Under a dimension: each statement with ticked evidence, and each ticked evidence type with its note. */
export function EvidenceList({ bank, result, d }: { bank: BankData; result: StoredResult; d: DimensionScore }) {
  const items = bank.items.filter((i) => i.dimension === d.id && (result.evidence[i.id]?.length ?? 0) > 0);
  if (items.length === 0) return null;
  return (
    <>
      <h5>{t("report.item.evidence")}</h5>
      <ul class="report-items report-evidence">
        {items.map((i) => (
          <li key={i.id}>
            {i.statement}
            <ul>
              {result.evidence[i.id]!.map((e) => (
                <li key={e}>
                  <EvidenceNote label={evidenceLabel(bank, e)} note={result.catatanBukti?.[i.id]?.[e]} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
