// How the service worker treats each request. Pure, so the rules are unit-tested without a browser.

/** HTML is network-first; after this long a cached copy from the current deploy is shown instead. */
export const networkTimeoutMs = 3000;

/** Response header stamped on cached pages: the deploy version that fetched them. */
export const versionHeader = "x-siapmitra-versi";

/** Most pages one "save this section" request may cache (a section has a few dozen guides at most). */
export const maxSaveUrls = 200;

export type RequestKind = "page" | "asset" | "file";

/**
 * page: HTML navigations (network-first); asset: content-hashed build output under _astro/ (cache-first, never
 * changes); file: everything else in scope, e.g. JSON data and icons (network-first, cached copy offline).
 * undefined: not ours (other origins, other sub-paths on the same host, the worker script itself).
 */
export function requestKind(url: URL, origin: string, base: string, navigate: boolean): RequestKind | undefined {
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  const path = url.pathname.slice(base.length);
  if (path === "sw.js") return undefined;
  if (navigate) return "page";
  if (path.startsWith("_astro/")) return "asset";
  return "file";
}

/** Cache names carry the base path: two sites under different sub-paths of one host share one cache storage. */
export function cacheNames(base: string): { pages: string; assets: string; files: string; prefix: string } {
  const prefix = `siapmitra${base}`;
  return { prefix, pages: `${prefix}halaman`, assets: `${prefix}aset`, files: `${prefix}berkas` };
}

/**
 * Whether a cache belongs to this site (and may be deleted when unused). A site at "/" must not claim the caches
 * of one at "/kemitraan/": their names share the prefix, so a further "/" marks another site's cache.
 */
export function ownsCache(name: string, base: string): boolean {
  const { prefix } = cacheNames(base);
  return name.startsWith(prefix) && !name.slice(prefix.length).includes("/");
}

/** The cache key of a page: its URL without query or fragment, so ?utm=… does not duplicate it. */
export function pageKey(url: string): string {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

/**
 * Whether a cached page may be shown when the network is slow. A page cached by an earlier deploy may reference
 * content that has changed, so it is only shown when the network fails outright (offline), never merely slow.
 */
export function servableWhenSlow(stamp: string | null, version: string): boolean {
  return stamp === version;
}

/** Validates the URL list a page sends with "Simpan untuk dibaca offline": same origin, inside the base path. */
export function saveableUrls(input: unknown, origin: string, base: string): string[] {
  if (!Array.isArray(input)) return [];
  const urls = new Set<string>();
  for (const item of input.slice(0, maxSaveUrls)) {
    if (typeof item !== "string") continue;
    let url: URL;
    try {
      url = new URL(item, origin);
    } catch {
      continue;
    }
    if (url.origin === origin && url.pathname.startsWith(base) && url.pathname.endsWith("/"))
      urls.add(pageKey(url.href));
  }
  return [...urls];
}

/** The groups (see ./precache.ts) whose scope holds this URL's path: opening such a page caches the group. */
export function groupsFor<G extends { scope: string }>(url: string, groups: readonly G[]): G[] {
  const { pathname } = new URL(url);
  return groups.filter((g) => pathname.startsWith(g.scope));
}

/**
 * Whether the reader asked to save data (browser or OS setting): then the worker caches only what was visited or
 * explicitly saved, and downloads nothing ahead. Read from navigator.connection.saveData where the browser exposes
 * it, and from the Save-Data request header it sends with navigations.
 */
export function savingData(saveData: unknown, header: string | null | undefined): boolean {
  return saveData === true || header?.trim().toLowerCase() === "on";
}
