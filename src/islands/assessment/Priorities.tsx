import { casesFor, recommendationFor, type CaseSummary } from "../../lib/assessment/recommend";
import type { Priorities as PriorityList } from "../../lib/assessment/scoring";
import { bandLabel, formatMean } from "../../lib/assessment/summary";
import type { BankData } from "../../lib/assessment/types";
import { withBase } from "../../lib/site/paths";

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
        <p key={note}>{note}</p>
      ))}
      {priorities.dimensions.map((d, i) => {
        const rec = recommendationFor(bank, d.id, d.band);
        const matching = cases ? casesFor(cases, d.id, partnerType) : [];
        return (
          <article class={`asm-priority band-${d.band ?? "none"}`} key={d.id}>
            <h3>
              {i + 1}. {d.name}
            </h3>
            <p>
              Rata-rata {formatMean(d.mean)} · <span class="asm-band">{bandLabel(bank, d.band)}</span>
              {d.tidakTahu > 0 && ` · ${d.tidakTahu} jawaban "Tidak tahu"`}
            </p>
            {rec && <p>{rec.text}</p>}
            {rec && rec.guides.length > 0 && (
              <>
                <h4>Panduan yang disarankan</h4>
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
                <h4>Studi kasus terkait</h4>
                <ul>
                  {matching.map((c) => (
                    <li key={c.id}>
                      <a href={withBase(`/studi-kasus/${c.id}/`)}>{c.title}</a>
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
