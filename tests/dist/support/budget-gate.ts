// Budget gate: gzip byte budgets per page type (issue "Guardrails"); JS counts what loads before any user action.
import { readFileSync } from "node:fs";
import { entryScripts, fileFor, inlineImports, staticClosure } from "./assets";
import { gzipSize, htmlPages, pageType, type BuiltPage, type PageType } from "./site";

export const KB = 1024;

export interface Budget {
  html: number;
  css: number;
  inline: number;
  js: number;
}

export type Budgets = Record<PageType, Budget>;

export const BUDGETS: Budgets = {
  reading: { html: 20 * KB, css: 12 * KB, inline: 3 * KB, js: 0 },
  "long-guide": { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 0 },
  questionnaire: { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 25 * KB },
  search: { html: 20 * KB, css: 12 * KB, inline: 3 * KB, js: 20 * KB },
  explorer: { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 25 * KB },
  interactive: { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 25 * KB },
};

/** gzip sizes of one page, in bytes. */
export interface PageSizes {
  route: string;
  type: PageType;
  html: number;
  css: number;
  inline: number;
  js: number;
  /** Script files the page loads at once (entries and inline imports), before their own imports. */
  scriptFiles: number;
}

export function measurePage(page: BuiltPage, dir: string, base: string): PageSizes {
  const cssFiles = page.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => fileFor(l.getAttribute("href") ?? "", dir, base))
    .filter((f): f is string => !!f);
  const inlineCss = page.doc.querySelectorAll("style").map((s) => s.innerHTML).join("");
  const inlineJs = page.doc.querySelectorAll("script:not([src])").map((s) => s.innerHTML).join("");
  const entries = [...entryScripts(page.doc), ...inlineImports(page.doc)];
  const jsFiles = staticClosure(entries, dir, base);
  return {
    route: page.route,
    type: pageType(page.route, page.html),
    html: gzipSize(page.html),
    css: gzipSize(cssFiles.map((f) => readFileSync(f, "utf8")).join("") + inlineCss),
    inline: inlineJs ? gzipSize(inlineJs) : 0,
    js: jsFiles.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0),
    scriptFiles: entries.length,
  };
}

export const measureSite = (dir: string, base: string): PageSizes[] =>
  htmlPages(dir).map((p) => measurePage(p, dir, base));

/** Bytes as KB with one decimal and an Indonesian decimal comma: 31948 → "31,2". */
export const kb = (n: number): string => (n / KB).toFixed(1).replace(".", ",");

export function budgetProblems(r: PageSizes, budgets: Budgets = BUDGETS): string[] {
  const b = budgets[r.type];
  const over: string[] = [];
  if (r.html > b.html) over.push(`HTML ${kb(r.html)} KB > ${kb(b.html)} KB`);
  if (r.css > b.css) over.push(`CSS ${kb(r.css)} KB > ${kb(b.css)} KB`);
  if (r.inline > b.inline) over.push(`skrip inline ${kb(r.inline)} KB > ${kb(b.inline)} KB`);
  if (r.js > b.js) over.push(`JS saat dimuat ${kb(r.js)} KB > ${kb(b.js)} KB`);
  if ((r.type === "reading" || r.type === "long-guide") && r.scriptFiles > 0)
    over.push(`halaman bacaan memuat ${r.scriptFiles} berkas skrip`);
  return over.map((o) => `${r.route} (${r.type}): ${o}`);
}

export function siteBudgetProblems(dir: string, base: string, budgets: Budgets = BUDGETS): string[] {
  return measureSite(dir, base).flatMap((r) => budgetProblems(r, budgets));
}

/** The size table printed after the budget checks. */
export function budgetTable(rows: PageSizes[]): string {
  const lines = rows.map(
    (r) =>
      `${r.route.padEnd(58)} ${r.type.padEnd(13)} ${kb(r.html).padStart(6)} ${kb(r.css).padStart(6)} ${kb(r.inline).padStart(6)} ${kb(r.js).padStart(6)}`,
  );
  return [
    `\nUkuran gzip (KB) per halaman — ${rows.length} halaman`,
    `${"halaman".padEnd(58)} ${"jenis".padEnd(13)}   HTML    CSS inline     JS`,
    ...lines,
  ].join("\n");
}
