import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlPages, requireDist } from "./support/site";

// Internal links must resolve in both builds: at the root and under a sub-path (agencies host at /kemitraan/).
const builds = [
  { dir: process.env.DIST_DIR ?? "dist", base: "/" },
  { dir: "dist-base", base: "/kemitraan/" },
];

function problemsIn(dir: string, base: string): string[] {
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
      if (/^(https?:|mailto:|tel:|data:|blob:)/.test(ref)) continue;
      const url = new URL(ref, `http://site${base === "/" ? "" : base.slice(0, -1)}${page.route}`);
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        problems.push(`${page.route}: "${ref}" berada di luar base path ${base}`);
        continue;
      }
      path = "/" + path.slice(base.length);
      const route = path.endsWith("/") ? path : path;
      const file = path.endsWith("/") ? join(dir, path, "index.html") : join(dir, path);
      if (!existsSync(file)) {
        problems.push(`${page.route}: tautan rusak "${ref}"`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment && file.endsWith(".html")) {
        const ids = idsByRoute.get(route) ?? new Set();
        if (!ids.has(decodeURIComponent(fragment))) problems.push(`${page.route}: jangkar tidak ada "${ref}"`);
      }
    }
  }
  return problems;
}

describe("internal links, assets and #fragments resolve", () => {
  it.each(builds.map((b) => [`${b.dir} (base ${b.base})`, b] as const))("%s", (_label, b) => {
    if (!existsSync(join(b.dir, "index.html")) && !process.env.CI && b.dir === "dist-base") {
      console.log(`Lewati ${b.dir}: belum dibangun (npm test membangunnya).`);
      return;
    }
    expect(problemsIn(b.dir, b.base)).toEqual([]);
  });
});

describe("external sources in guides and cases", () => {
  const allowed = new Set(
    existsSync("content/http-sources.txt")
      ? readFileSync("content/http-sources.txt", "utf8")
          .split("\n")
          .filter((l) => l.trim() && !l.startsWith("#"))
          .map((l) => l.split(/\s+/)[0])
      : [],
  );
  it("are absolute https:// URLs, or http:// listed with a reason in content/http-sources.txt", () => {
    const bad = htmlPages()
      .filter((p) => p.route.startsWith("/panduan/") || p.route.startsWith("/studi-kasus/"))
      .flatMap((p) =>
        p.doc
          .querySelectorAll(".sources a[href]")
          .map((a) => a.getAttribute("href") ?? "")
          .filter((href) => !href.startsWith("https://") && !allowed.has(href))
          .map((href) => `${p.route}: ${href}`),
      );
    expect(bad).toEqual([]);
  });
});
