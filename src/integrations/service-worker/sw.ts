// The service worker (bundled into <outDir>/sw.js by ./index.ts, with the build's config injected).
// Pages: network-first, a cached copy after 3 s if it comes from the current deploy, any cached copy when offline,
// otherwise the offline page. _astro/ assets: cache-first, kept while a cached page still needs them. Other files
// (JSON data, icons): network-first, cached copy offline.
import { codeAssetRefs, htmlAssetRefs } from "../../lib/offline/refs";
import {
  cacheNames,
  networkTimeoutMs,
  ownsCache,
  pageKey,
  requestKind,
  saveableUrls,
  servableWhenSlow,
  versionHeader,
} from "../../lib/offline/policy";

interface SwConfig {
  version: string;
  base: string;
  precache: string[];
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
  registration: ServiceWorkerRegistration;
  clients: { claim(): Promise<void>; matchAll(options?: { type?: string }): Promise<{ url: string }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: WorkerScope;

const { version, base, precache } = __SW_CONFIG__;
const origin = self.location.origin;
const names = cacheNames(base);
const absolute = (path: string) => new URL(path, origin).href;
const offlineUrl = absolute(`${base}offline/`);

const isHtml = (res: Response) => (res.headers.get("content-type") ?? "").includes("text/html");
const cacheable = (res: Response) => res.ok && res.type === "basic";

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

async function saveFile(url: string): Promise<void> {
  const kind = requestKind(new URL(url), origin, base, false);
  if (!kind) return;
  const cache = await caches.open(kind === "asset" ? names.assets : names.files);
  // Hashed assets never change: one already cached is kept, not fetched again.
  if (kind === "asset" && (await cache.match(url))) return;
  const res = await fetch(url, { cache: kind === "asset" ? "default" : "no-cache" });
  if (!cacheable(res)) throw new Error(`${url}: ${res.status}`);
  await cache.put(url, res);
}

async function install(): Promise<void> {
  await Promise.all(
    precache.map((path) => (path.endsWith("/") ? savePageOnly(absolute(path)) : saveFile(absolute(path)))),
  );
}

async function savePageOnly(url: string): Promise<void> {
  const res = await fetch(url, { cache: "no-cache" });
  if (!cacheable(res)) throw new Error(`${url}: ${res.status}`);
  await storePage(url, res);
}

/** Deletes cached assets that neither the precache nor any cached page (through its scripts and styles) needs. */
async function collectGarbage(): Promise<void> {
  const [pages, assets] = await Promise.all([caches.open(names.pages), caches.open(names.assets)]);
  const keep = new Set(precache.map(absolute));
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

/** The page the visitor was on when the worker first took over was loaded before it: cache it too. */
async function cacheOpenPages(): Promise<void> {
  const pages = await caches.open(names.pages);
  const open = await self.clients.matchAll({ type: "window" });
  await Promise.all(
    open
      .map((client) => pageKey(client.url))
      .filter((url) => requestKind(new URL(url), origin, base, true) && url !== offlineUrl)
      .map(async (url) => {
        if (!(await pages.match(url))) await savePageOnly(url).catch(() => undefined);
      }),
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
  if (kind === "page") event.respondWith(page(event));
  else if (kind === "asset") event.respondWith(asset(request));
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
