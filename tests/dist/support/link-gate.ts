// Link gate: internal links, assets and #fragments resolve in a build made for the given base path, and the
// external sources of guides and cases are https:// (or http:// listed with a reason).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { htmlPages, requireDist, type BuiltPage } from "./site";

const external = /^(https?:|mailto:|tel:|data:|blob:)/;

export function linkProblems(dir: string, base: string): string[] {
  requireDist(dir);
  const pages = htmlPages(dir);
  const idsByRoute = new Map(
    pages.map((p) => [p.route, new Set(p.doc.querySelectorAll("[id]").map((e) => e.getAttribute("id") ?? ""))]),
  );
  const problems: string[] = [];
  for (const page of pages) {
    const refs = [
      ...page.doc.querySelectorAll("a[href]").map((a) => a.getAttribute("href") ?? ""),
      ...page.doc.querySelectorAll("link[href]").map((a) => a.getAttribute("href") ?? ""),
      ...page.doc.querySelectorAll("[src]").map((a) => a.getAttribute("src") ?? ""),
    ];
    for (const ref of refs) {
      if (external.test(ref)) continue;
      const url = new URL(ref, `http://site${base === "/" ? "" : base.slice(0, -1)}${page.route}`);
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        problems.push(`${page.route}: "${ref}" berada di luar base path ${base}`);
        continue;
      }
      path = "/" + path.slice(base.length);
      const file = path.endsWith("/") ? join(dir, path, "index.html") : join(dir, path);
      if (!existsSync(file)) {
        problems.push(`${page.route}: tautan rusak "${ref}"`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment && file.endsWith(".html")) {
        const ids = idsByRoute.get(path) ?? new Set();
        if (!ids.has(decodeURIComponent(fragment))) problems.push(`${page.route}: jangkar tidak ada "${ref}"`);
      }
    }
  }
  return problems;
}

/** The http:// sources allowed in content/http-sources.txt (first word of each line; # starts a comment). */
export function allowedHttpSources(file = "content/http-sources.txt"): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"))
      .map((l) => l.split(/\s+/)[0] ?? ""),
  );
}

/** Source links of guides and cases that are neither https:// nor in the allow list. */
export function sourceProblems(pages: BuiltPage[], allowed: Set<string>): string[] {
  return pages
    .filter((p) => p.route.startsWith("/panduan/") || p.route.startsWith("/studi-kasus/"))
    .flatMap((p) =>
      p.doc
        .querySelectorAll(".sources a[href]")
        .map((a) => a.getAttribute("href") ?? "")
        .filter((href) => !href.startsWith("https://") && !allowed.has(href))
        .map((href) => `${p.route}: sumber bukan https:// dan tidak terdaftar di http-sources.txt: ${href}`),
    );
}
