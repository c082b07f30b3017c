import type { CaseRecord } from "../../lib/cases/facets";
import { caseYears } from "../../lib/cases/format";
import { facetLabel } from "../../i18n/content";

/** The same markup as src/components/CaseCard.astro, so taking over the static list moves nothing. */
export function CaseList({ cases, base }: { cases: readonly CaseRecord[]; base: string }) {
  return (
    <ul class="card-list" id="cx-results">
      {cases.map((c) => (
        <li key={c.id} class="card case-card">
          <h3>
            <a href={`${base}studi-kasus/${c.id}/`}>{c.title}</a>
          </h3>
          <p>{c.summary}</p>
          <ul class="chips" aria-label="Ciri kasus">
            <li>{facetLabel("sektor", c.sector)}</li>
            {c.partnerTypes.map((p) => (
              <li key={p}>{facetLabel("mitra", p)}</li>
            ))}
            <li>{c.regions.join(", ")}</li>
            <li>{caseYears(c.start, c.end)}</li>
            <li>{facetLabel("status", c.status)}</li>
          </ul>
        </li>
      ))}
    </ul>
  );
}
