import { useEffect, useState } from "preact/hooks";
import type { CaseSummary } from "../../../lib/assessment/recommend";
import { parseCaseRecords } from "../../../lib/cases/parse-records";
import * as routes from "../../../lib/site/routes";
import { fetchJson } from "../io/fetch-json";

/** The site's case studies for the priorities' suggestions: undefined while loading, empty if unavailable. */
export function useCaseSummaries(): CaseSummary[] | undefined {
  const [cases, setCases] = useState<CaseSummary[]>();
  useEffect(() => {
    void fetchJson(routes.caseData).then((v) => setCases(parseCaseRecords(v) ?? []));
  }, []);
  return cases;
}
