// The JavaScript a page loads before any user action: script files, module preloads, island components and
// renderers, and everything they import statically (dynamic imports load later, on use, so they do not count).
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { HTMLElement } from "node-html-parser";

const staticImport = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** Site-absolute URL → file in the build folder, honouring the base path. */
export function fileFor(url: string, dir: string, base: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? "";
  if (!path.startsWith(base)) return undefined;
  const file = join(dir, path.slice(base.length));
  return existsSync(file) ? file : undefined;
}

export function entryScripts(doc: HTMLElement): string[] {
  const urls = [
    ...doc.querySelectorAll("script[src]").map((s) => s.getAttribute("src") ?? ""),
    ...doc.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute("href") ?? ""),
    // client:search islands load on first use of the search link or its shortcuts, never at load.
    ...doc.querySelectorAll("astro-island:not([client=search])").flatMap((i) => [
      i.getAttribute("component-url") ?? "",
      i.getAttribute("renderer-url") ?? "",
    ]),
  ];
  return [...new Set(urls.filter(Boolean))];
}

/** Inline module scripts can import files too (Astro's island runtime does). */
export function inlineImports(doc: HTMLElement): string[] {
  return doc
    .querySelectorAll("script:not([src])")
    .flatMap((s) => [...s.text.matchAll(staticImport)].map((m) => m[1] ?? ""));
}

/** Every JS file reachable through static imports from the given URLs. */
export function staticClosure(urls: string[], dir: string, base: string): string[] {
  const seen = new Set<string>();
  const queue = urls.map((u) => fileFor(u, dir, base)).filter((f): f is string => !!f);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(staticImport)) {
      const spec = m[1] ?? "";
      const target = spec.startsWith(".") ? posix.join(posix.dirname(file), spec) : fileFor(spec, dir, base);
      if (target && existsSync(target)) queue.push(target);
    }
  }
  return [...seen];
}
