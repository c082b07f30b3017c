import { useEffect, useState } from "preact/hooks";
import { isCaseList } from "../../../lib/assessment/case-list";
import type { CaseSummary } from "../../../lib/assessment/recommend";
import { fetchJson } from "../fetch-json";

/** The site's case studies for the priorities' suggestions: undefined while loading, empty if unavailable. */
export function useCaseSummaries(): CaseSummary[] | undefined {
  const [cases, setCases] = useState<CaseSummary[]>();
  useEffect(() => {
    void fetchJson("/studi-kasus/data.json").then((v) => setCases(isCaseList(v) ? v : []));
  }, []);
  return cases;
}
