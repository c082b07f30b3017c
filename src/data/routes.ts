// Every route the site builds, for validating internal links inside MDX at build time.
import { getCollection } from "astro:content";
import { guideSections } from "../lib/content/schema/guide";

const pageFiles = Object.keys(import.meta.glob("../pages/**/*.{astro,ts}"));

/** Static routes derived from src/pages (dynamic [param] files are covered by the collections below). */
function staticRoutes(): string[] {
  return pageFiles
    .map((f) => f.replace(/^\.\.\/pages/, "").replace(/\.(astro|ts)$/, ""))
    .filter((r) => !r.includes("[") && !r.endsWith("404"))
    .map((r) => (r.endsWith("/index") ? r.slice(0, -"index".length) : r.includes(".") ? r : r + "/"));
}

let known: Promise<Set<string>> | undefined;

export function getKnownRoutes(): Promise<Set<string>> {
  known ??= (async () => {
    const [guides, cases] = await Promise.all([getCollection("guides"), getCollection("cases")]);
    return new Set([
      ...staticRoutes(),
      ...guideSections.map((s) => `/panduan/${s}/`),
      ...guides.map((g) => `/panduan/${g.id}/`),
      ...cases.map((c) => `/studi-kasus/${c.id}/`),
    ]);
  })();
  return known;
}
