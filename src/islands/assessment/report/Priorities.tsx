import { casesFor, recommendationFor, type CaseSummary } from "../../../lib/assessment/recommend";
import type { Priorities as PriorityList } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { bandLabel, t, tm } from "../../../i18n/report";

interface Props {
  bank: BankData;
  priorities: PriorityList;
  cases: CaseSummary[] | undefined;
  partnerType: string;
}

export function Priorities({ bank, priorities, cases, partnerType }: Props) {
  return (
    <>
      {priorities.notes.map((note) => (
        <p key={note.key}>{tm(note)}</p>
      ))}
      {priorities.dimensions.map((d, i) => {
        const rec = recommendationFor(bank, d.id, d.band);
        const matching = cases ? casesFor(cases, d.id, partnerType) : [];
        return (
          <article class={`report-priority band-${d.band ?? "none"}`} key={d.id}>
            <h3>
              {i + 1}. {d.name}
            </h3>
            <p>
              {t("report.priority.mean", { mean: formatMean(d.mean) })}{" "}
              <span class="report-band">{bandLabel(bank, d.band)}</span>
              {d.tidakTahu > 0 && t("report.priority.unknown", { n: d.tidakTahu })}
            </p>
            {rec && <p>{rec.text}</p>}
            {rec && rec.guides.length > 0 && (
              <>
                <h4>{t("report.priority.guides")}</h4>
                <ul>
                  {rec.guides.map((g) => (
                    <li key={g.path}>
                      <a href={withBase(g.path)}>{g.title}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {matching.length > 0 && (
              <>
                <h4>{t("report.priority.cases")}</h4>
                <ul>
                  {matching.map((c) => (
                    <li key={c.id}>
                      <a href={withBase(routes.caseStudy(c.id))}>{c.title}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </article>
        );
      })}
    </>
  );
}
