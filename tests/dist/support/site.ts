// Reads a built site (dist/ or DIST_DIR) for the checks in tests/dist.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";

export const distDir = process.env.DIST_DIR ?? "dist";

export function requireDist(dir = distDir): void {
  if (!existsSync(join(dir, "index.html")))
    throw new Error(`${dir}/index.html tidak ada: jalankan \`npx astro build\` dulu (npm test melakukannya).`);
}

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface BuiltPage {
  /** Route relative to the site root, e.g. "/panduan/x/" or "/404.html". */
  route: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** A page from its route and HTML text (the file name only labels html-validate's report). */
export function pageFrom(route: string, html: string, file = route): BuiltPage {
  return { route, file, html, doc: parse(html, { comment: false }) };
}

/** "/a/index.html" → "/a/"; any other file keeps its path ("/404.html"). */
export function routeOfFile(relPath: string): string {
  const rel = "/" + relPath.split(sep).join("/");
  return rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel;
}

export function htmlPages(dir = distDir): BuiltPage[] {
  requireDist(dir);
  return walk(dir)
    .filter((f) => f.endsWith(".html"))
    .map((file) => pageFrom(routeOfFile(relative(dir, file)), readFileSync(file, "utf8"), file))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

export type PageType = "reading" | "long-guide" | "questionnaire" | "search" | "explorer" | "interactive";

/** Which budget applies to a route (see issue "Guardrails"). */
export function pageType(route: string, html: string): PageType {
  if (route === "/cari/") return "search";
  if (route === "/studi-kasus/") return "explorer";
  // The about page carries the "delete all data" button, an island loaded when visible.
  if (route === "/tentang/") return "interactive";
  if (/^\/penilaian\/(kesiapan|kesehatan)\/$/.test(route)) return "questionnaire";
  // A bank's paper form is a printable page without any script.
  if (/^\/penilaian\/[^/]+\/formulir\/$/.test(route)) return "reading";
  if (route.startsWith("/penilaian/") && route !== "/penilaian/" && route !== "/penilaian/metodologi/")
    return "interactive";
  if (route.startsWith("/panduan/") && html.length > 60_000) return "long-guide";
  return "reading";
}
