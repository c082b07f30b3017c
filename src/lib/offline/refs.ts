// Which files a page or a script needs, read from their text. The service worker uses this to keep old assets
// until no cached page needs them, and the build uses it to list the shell's styles and the questionnaire's chunks.

/** Elements and attributes whose URL a page needs to render or hydrate. */
const htmlTag = /<(?:link|script|astro-island|img|source)\b[^>]*>/gi;
const htmlAttr = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]+)"/gi;
/** Static and dynamic imports and Vite's preload lists: quoted relative or site-absolute file names. */
const codeRef = /["'`]((?:\.{1,2}\/|\/|_astro\/)[^"'`\s]*?\.(?:m?js|css|json|woff2?|svg|png|webp|avif|jpe?g))["'`]/g;
const cssUrl = /url\(\s*["']?([^"')\s]+)["']?\s*\)/g;
const linkRel = /\srel="([^"]+)"/i;
/** Links to other pages are not dependencies of this page. */
const neededRels = new Set(["stylesheet", "icon", "modulepreload", "preload", "manifest", "apple-touch-icon"]);

function resolve(ref: string, from: string, origin: string, base: string): string | undefined {
  if (ref.startsWith("data:") || ref.startsWith("#")) return undefined;
  // Vite writes preload lists relative to the base path ("_astro/x.js"), not to the importing file.
  const target = ref.startsWith("_astro/") ? new URL(base + ref, origin) : new URL(ref, from);
  if (target.origin !== origin) return undefined;
  target.hash = "";
  target.search = "";
  return target.href;
}

/**
 * Absolute URLs of the same-origin files a page loads (styles, icons, scripts, island code). With
 * `code: false`, only what it needs to look right (styles, icons, images): no scripts and no island code.
 */
export function htmlAssetRefs(html: string, pageUrl: string, base: string, { code = true } = {}): string[] {
  const { origin } = new URL(pageUrl);
  const found = new Set<string>();
  for (const [tag] of html.matchAll(htmlTag)) {
    const name = tag.slice(1).split(/[\s>]/, 1)[0]?.toLowerCase();
    if (!code && (name === "script" || name === "astro-island")) continue;
    if (name === "link") {
      const rels = (linkRel.exec(tag)?.[1] ?? "").toLowerCase().split(/\s+/);
      if (!rels.some((r) => neededRels.has(r) && (code || r !== "modulepreload"))) continue;
    }
    for (const match of tag.matchAll(htmlAttr)) {
      const url = resolve(decodeEntities(match[1] ?? ""), pageUrl, origin, base);
      if (url) found.add(url);
    }
  }
  return [...found];
}

/** Absolute URLs a script or stylesheet pulls in (imports, dynamic imports, url()). */
export function codeAssetRefs(text: string, fileUrl: string, base: string): string[] {
  const { origin } = new URL(fileUrl);
  const found = new Set<string>();
  const patterns = fileUrl.endsWith(".css") ? [cssUrl] : [codeRef];
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) {
      const url = resolve(match[1] ?? "", fileUrl, origin, base);
      if (url) found.add(url);
    }
  return [...found];
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&#x2F;/gi, "/");
}
