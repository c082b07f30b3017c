// Case records for islands (case explorer, assessment recommendations): fetched on demand, never island props.
// Shape: a JSON array of CaseRecord (documented field by field in src/lib/cases/facets.ts), sorted by title.
import type { APIRoute } from "astro";
import { getCases } from "../../data/content";
import { toCaseRecord } from "../../data/case-records";
import type { CaseRecord } from "../../lib/cases/facets";

export const GET: APIRoute = async () => {
  const records: CaseRecord[] = (await getCases()).map(toCaseRecord);
  return new Response(JSON.stringify(records), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
