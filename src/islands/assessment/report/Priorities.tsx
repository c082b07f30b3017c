import { casesFor, type CaseSummary } from "../../../lib/assessment/recommend";
import type { Priorities as PriorityList } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import * as routes from "../../../lib/site/routes";
import { bandLabel, t, tm } from "../../../i18n/report";
import { Advice } from "./Advice";
import { ItemLists } from "./ItemLists";
import { SiteLink } from "../ui/SiteLink";

interface Props {
  bank: BankData;
  result: StoredResult;
  priorities: PriorityList;
  cases: CaseSummary[] | undefined;
}

/** The (at most three) dimensions to work on first, each with its advice, next step, statements and cases. */
export function Priorities({ bank, result, priorities, cases }: Props) {
  return (
    <>
      {priorities.notes.map((note) => (
        <p key={note.key}>{tm(note)}</p>
      ))}
      {priorities.dimensions.map((d, i) => {
        const matching = cases ? casesFor(cases, d.id, result.context.jenisMitra) : [];
        return (
          <article class={`report-priority band-${d.band ?? "none"}`} key={d.id}>
            <h4>
              {i + 1}. {d.name}
            </h4>
            <p class="report-priority-mean">
              {t("report.priority.mean", { mean: formatMean(d.mean) })}{" "}
              <span class="report-band">{bandLabel(bank, d.band)}</span>
              {d.tidakTahu > 0 && t("report.priority.unknown", { n: d.tidakTahu })}
            </p>
            <Advice bank={bank} d={d} />
            <ItemLists bank={bank} result={result} d={d} />
            {matching.length > 0 && (
              <>
                <h5>{t("report.priority.cases")}</h5>
                <ul>
                  {matching.map((c) => (
                    <li key={c.id}>
                      <SiteLink path={routes.caseStudy(c.id)}>{c.title}</SiteLink>
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
