import { withBase } from "../../../lib/site/paths";

/** Fetches one of the site's static JSON endpoints under the base path; undefined on any failure. */
export async function fetchJson(path: string): Promise<unknown> {
  try {
    const res = await fetch(withBase(path));
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}
