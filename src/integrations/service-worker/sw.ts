// The service worker (bundled into <outDir>/sw.js by ./index.ts, with the build's config injected).
// Pages: network-first, a cached copy after 3 s if it comes from the current deploy, any cached copy when offline,
// otherwise the offline page. _astro/ assets: cache-first, kept while a cached page still needs them. Other files
// (JSON data, icons): network-first, cached copy offline.
// What is downloaded ahead (src/lib/offline/precache.ts): the shell on install; a group (the questionnaire) once a
// page in its scope is opened; nothing ahead when the reader saves data.
import { codeAssetRefs, htmlAssetRefs } from "../../lib/offline/refs";
import type { CacheGroup } from "../../lib/offline/precache";
import {
  cacheNames,
  groupsFor,
  networkTimeoutMs,
  ownsCache,
  pageKey,
  requestKind,
  saveableUrls,
  savingData,
  servableWhenSlow,
  versionHeader,
} from "../../lib/offline/policy";

interface SwConfig {
  version: string;
  base: string;
  /** Cached on install (offline page, its styles, icons). */
  shell: string[];
  /** Cached once a page in their scope is opened. */
  groups: CacheGroup[];
}
declare const __SW_CONFIG__: SwConfig;

// Just the parts of the worker scope used here (the DOM and WebWorker libs cannot share one program).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  navigator: { connection?: { saveData?: unknown } };
  registration: ServiceWorkerRegistration;
  clients: {
    claim(): Promise<void>;
    matchAll(options?: { type?: string; includeUncontrolled?: boolean }): Promise<{ url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: WorkerScope;

const { version, base, shell, groups } = __SW_CONFIG__;
const origin = self.location.origin;
const names = cacheNames(base);
const absolute = (path: string) => new URL(path, origin).href;
const offlineUrl = absolute(`${base}offline/`);

const isHtml = (res: Response) => (res.headers.get("content-type") ?? "").includes("text/html");
const cacheable = (res: Response) => res.ok && res.type === "basic";
const dataSaver = (request?: Request) =>
  savingData(self.navigator.connection?.saveData, request?.headers.get("save-data"));

/** A copy of a page response carrying the deploy version (a fresh Response also drops the "redirected" flag). */
async function stamped(res: Response): Promise<Response> {
  const headers = new Headers(res.headers);
  headers.set(versionHeader, version);
  return new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers });
}

async function storePage(url: string, res: Response): Promise<void> {
  const pages = await caches.open(names.pages);
  await pages.put(pageKey(url), await stamped(res));
}

/** Fetches a page and the files it loads that are not cached yet (a section saved for offline reading). */
async function savePage(url: string): Promise<void> {
  const res = await fetch(url, { cache: "no-cache" });
  if (!cacheable(res) || !isHtml(res)) throw new Error(`${url}: ${res.status}`);
  const html = await res.clone().text();
  await storePage(url, res);
  await Promise.all(htmlAssetRefs(html, url, base).map((ref) => saveFile(ref)));
}

/**
 * Fetches and caches a file; an asset (hashed, never changes) or, with `keep`, any file already cached is kept.
 * The HTTP cache is used as the server's headers allow: JSON data is revalidated (no-cache), while an icon the page
 * has just loaded is not downloaded again.
 */
async function saveFile(url: string, { keep = false } = {}): Promise<void> {
  const kind = requestKind(new URL(url), origin, base, false);
  if (!kind) return;
  const cache = await caches.open(kind === "asset" ? names.assets : names.files);
  if ((kind === "asset" || keep) && (await cache.match(url))) return;
  const res = await fetch(url);
  if (!cacheable(res)) throw new Error(`${url}: ${res.status}`);
  await cache.put(url, res);
}

/** Caches a file the page has just loaded, from the browser's HTTP cache only: never a download of its own. */
async function keepLoaded(url: string): Promise<void> {
  const kind = requestKind(new URL(url), origin, base, false);
  if (!kind) return;
  const cache = await caches.open(kind === "asset" ? names.assets : names.files);
  if (await cache.match(url)) return;
  const res = await fetch(url, { cache: "only-if-cached", mode: "same-origin" }).catch(() => undefined);
  if (res && cacheable(res)) await cache.put(url, res);
}

async function savePageOnly(url: string): Promise<void> {
  const res = await fetch(url, { cache: "no-cache" });
  if (!cacheable(res)) throw new Error(`${url}: ${res.status}`);
  await storePage(url, res);
}

/**
 * Caches a URL of the shell or of a group: a page unless cached by this deploy, an asset once, another file once
 * or, with `fresh` (a new deploy refreshing what the reader had), revalidated.
 */
async function saveAhead(url: string, { except, fresh = false }: { except?: string; fresh?: boolean } = {}) {
  if (!url.endsWith("/")) return saveFile(url, { keep: !fresh });
  if (url === except) return;
  const cached = await (await caches.open(names.pages)).match(url);
  if (!cached || !servableWhenSlow(cached.headers.get(versionHeader), version)) await savePageOnly(url);
}

/**
 * Caches what a group needs that is not cached yet, once per worker: a second call waits for the first. A run with a
 * failed download is forgotten, so the next visit to the group tries again.
 */
const filling = new Map<string, Promise<void>>();
function fillGroup(group: CacheGroup, options: { except?: string; fresh?: boolean } = {}): Promise<void> {
  let run = filling.get(group.scope);
  if (!run) {
    run = Promise.allSettled(group.urls.map((path) => saveAhead(absolute(path), options))).then((results) => {
      if (results.some((r) => r.status === "rejected")) filling.delete(group.scope);
    });
    filling.set(group.scope, run);
  }
  return run;
}

/** A group is refreshed on a new deploy when the reader has opened it before (one of its pages is cached). */
async function groupCached(group: CacheGroup): Promise<boolean> {
  const pages = await caches.open(names.pages);
  for (const path of group.urls) if (path.endsWith("/") && (await pages.match(absolute(path)))) return true;
  return false;
}

async function install(): Promise<void> {
  if (dataSaver()) return;
  await Promise.all(shell.map((path) => saveAhead(absolute(path), { fresh: true })));
  // The page that registered the worker is not controlled yet, so its navigation was never seen: look at it here.
  const open = (await self.clients.matchAll({ type: "window", includeUncontrolled: true })).map((c) => c.url);
  const wanted = await Promise.all(
    groups.map(async (g) => open.some((url) => groupsFor(url, [g]).length > 0) || (await groupCached(g))),
  );
  await Promise.all(groups.filter((_, i) => wanted[i]).map((g) => fillGroup(g, { fresh: true })));
}

/** Deletes cached assets that neither the shell nor any cached page (through its scripts and styles) needs. */
async function collectGarbage(): Promise<void> {
  const [pages, assets] = await Promise.all([caches.open(names.pages), caches.open(names.assets)]);
  const keep = new Set(shell.map(absolute));
  for (const request of await pages.keys()) {
    const res = await pages.match(request);
    if (res) for (const ref of htmlAssetRefs(await res.text(), request.url, base)) keep.add(ref);
  }
  const queue = [...keep];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (!/\.(?:m?js|css)$/.test(url)) continue;
    const res = await assets.match(url);
    if (!res) continue;
    for (const ref of codeAssetRefs(await res.text(), url, base))
      if (!keep.has(ref)) {
        keep.add(ref);
        queue.push(ref);
      }
  }
  await Promise.all(
    (await assets.keys()).filter((request) => !keep.has(request.url)).map((request) => assets.delete(request)),
  );
}

/**
 * The pages open when the worker first takes over were loaded before it: cache them too, with the styles, icons
 * and code they loaded (taken from the HTTP cache, so nothing is downloaded twice; the page itself is revalidated).
 */
async function cacheOpenPages(): Promise<void> {
  const pages = await caches.open(names.pages);
  const open = await self.clients.matchAll({ type: "window" });
  await Promise.all(
    open
      .map((client) => pageKey(client.url))
      .filter((url) => requestKind(new URL(url), origin, base, true) && url !== offlineUrl)
      .map(async (url) => {
        if (await pages.match(url)) return;
        const res = await fetch(url, { cache: "no-cache" }).catch(() => undefined);
        if (!res || !cacheable(res) || !isHtml(res)) return;
        const html = await res.clone().text();
        await storePage(url, res);
        await Promise.all(htmlAssetRefs(html, url, base).map((ref) => keepLoaded(ref)));
      })
      .map((saving) => saving.catch(() => undefined)),
  );
}

async function activate(): Promise<void> {
  const current = new Set([names.pages, names.assets, names.files]);
  for (const name of await caches.keys()) if (ownsCache(name, base) && !current.has(name)) await caches.delete(name);
  await self.clients.claim();
  await cacheOpenPages();
  await collectGarbage();
}

const timeout = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms, undefined));

async function page(event: FetchEvent): Promise<Response> {
  const key = pageKey(event.request.url);
  const pages = await caches.open(names.pages);
  const network = fetch(event.request).then((res) => {
    if (cacheable(res) && isHtml(res)) event.waitUntil(storePage(key, res.clone()).catch(() => undefined));
    return res;
  });
  // Keeps the worker alive until the network answers, so it is stored even when a cached copy was shown first.
  event.waitUntil(network.catch(() => undefined));
  const cached = await pages.match(key);
  try {
    if (cached && servableWhenSlow(cached.headers.get(versionHeader), version))
      return (await Promise.race([network, timeout(networkTimeoutMs)])) ?? cached;
    const res = await network;
    return res.status >= 500 && cached ? cached : res;
  } catch {
    return cached ?? (await pages.match(offlineUrl)) ?? Response.error();
  }
}

async function asset(request: Request): Promise<Response> {
  const assets = await caches.open(names.assets);
  const cached = await assets.match(request.url);
  if (cached) return cached;
  const res = await fetch(request);
  if (cacheable(res)) await assets.put(request.url, res.clone());
  return res;
}

async function file(event: FetchEvent): Promise<Response> {
  const files = await caches.open(names.files);
  const url = pageKey(event.request.url);
  const network = fetch(event.request).then((res) => {
    if (cacheable(res)) event.waitUntil(files.put(url, res.clone()).catch(() => undefined));
    return res;
  });
  event.waitUntil(network.catch(() => undefined));
  const cached = await files.match(url);
  try {
    return (cached ? await Promise.race([network, timeout(networkTimeoutMs)]) : await network) ?? cached!;
  } catch {
    return cached ?? Response.error();
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const kind = requestKind(new URL(request.url), origin, base, request.mode === "navigate");
  if (kind === "page") {
    event.respondWith(page(event));
    if (!dataSaver(request)) {
      const url = pageKey(request.url);
      // The page itself is being fetched by this navigation.
      for (const group of groupsFor(url, groups)) event.waitUntil(fillGroup(group, { except: url }));
    }
  } else if (kind === "asset") event.respondWith(asset(request));
  else if (kind === "file") event.respondWith(file(event));
});

// "Simpan untuk dibaca offline": the page sends its section's URLs and a port for the answer.
self.addEventListener("message", (event) => {
  const message = event.data as { type?: unknown; urls?: unknown } | null;
  const port = event.ports[0];
  if (!message || message.type !== "simpan" || !port) return;
  const urls = saveableUrls(message.urls, origin, base);
  event.waitUntil(
    Promise.allSettled(urls.map((url) => savePage(url))).then((results) => {
      const saved = results.filter((r) => r.status === "fulfilled").length;
      port.postMessage({ type: "tersimpan", saved, total: urls.length });
    }),
  );
});
