import { recommendationFor } from "../../../lib/assessment/recommend";
import type { DimensionScore } from "../../../lib/assessment/scoring";
import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/report";
import { SiteLink } from "../ui/SiteLink";

/** The bank's advice for a dimension's band: the text, its next step, and the guide sections that answer it. */
export function Advice({ bank, d }: { bank: BankData; d: DimensionScore }) {
  const rec = recommendationFor(bank, d.id, d.band);
  if (!rec) return null;
  const keep = d.band === "kekuatan";
  return (
    <div class="report-advice">
      <p>
        {keep && <strong>{t("report.advice.keep")} </strong>}
        {rec.text}
      </p>
      {rec.aksi && (
        <p class="report-action">
          <strong>{t("report.advice.action")}</strong> {rec.aksi}
        </p>
      )}
      {rec.guides.length > 0 && (
        <>
          <h5>{t("report.priority.guides")}</h5>
          <ul>
            {rec.guides.map((g) => (
              <li key={g.path}>
                <SiteLink path={g.path}>{g.title}</SiteLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
