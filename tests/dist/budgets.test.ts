import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { distDir, gzipSize, htmlPages, pageType, type PageType } from "./support/site";
import { entryScripts, fileFor, inlineImports, staticClosure } from "./support/assets";

// gzip byte budgets per page type (issue "Guardrails"); JS counts what loads before any user action.
const KB = 1024;
const budgets: Record<PageType, { html: number; css: number; inline: number; js: number }> = {
  reading: { html: 20 * KB, css: 12 * KB, inline: 3 * KB, js: 0 },
  "long-guide": { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 0 },
  questionnaire: { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 25 * KB },
  search: { html: 20 * KB, css: 12 * KB, inline: 3 * KB, js: 20 * KB },
  explorer: { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 25 * KB },
  interactive: { html: 30 * KB, css: 12 * KB, inline: 3 * KB, js: 25 * KB },
};

const base = process.env.DIST_BASE ?? "/";
const rows = htmlPages().map((page) => {
  const type = pageType(page.route, page.html);
  const cssFiles = page.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => fileFor(l.getAttribute("href") ?? "", distDir, base))
    .filter((f): f is string => !!f);
  const inlineCss = page.doc.querySelectorAll("style").map((s) => s.innerHTML).join("");
  const inlineJs = page.doc.querySelectorAll("script:not([src])").map((s) => s.innerHTML).join("");
  const entries = [...entryScripts(page.doc), ...inlineImports(page.doc)];
  const jsFiles = staticClosure(entries, distDir, base);
  return {
    route: page.route,
    type,
    html: gzipSize(page.html),
    css: gzipSize(cssFiles.map((f) => readFileSync(f, "utf8")).join("") + inlineCss),
    inline: inlineJs ? gzipSize(inlineJs) : 0,
    js: jsFiles.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0),
    scriptFiles: entries.length,
  };
});

const kb = (n: number) => (n / KB).toFixed(1).replace(".", ",");

afterAll(() => {
  const lines = rows.map(
    (r) =>
      `${r.route.padEnd(58)} ${r.type.padEnd(13)} ${kb(r.html).padStart(6)} ${kb(r.css).padStart(6)} ${kb(r.inline).padStart(6)} ${kb(r.js).padStart(6)}`,
  );
  console.log(
    [`\nUkuran gzip (KB) per halaman — ${rows.length} halaman`, `${"halaman".padEnd(58)} ${"jenis".padEnd(13)}   HTML    CSS inline     JS`, ...lines].join("\n"),
  );
});

describe("byte budgets (gzip) of every built page", () => {
  it.each(rows.map((r) => [r.route, r] as const))("%s", (_route, r) => {
    const b = budgets[r.type];
    const over: string[] = [];
    if (r.html > b.html) over.push(`HTML ${kb(r.html)} KB > ${kb(b.html)} KB`);
    if (r.css > b.css) over.push(`CSS ${kb(r.css)} KB > ${kb(b.css)} KB`);
    if (r.inline > b.inline) over.push(`skrip inline ${kb(r.inline)} KB > ${kb(b.inline)} KB`);
    if (r.js > b.js) over.push(`JS saat dimuat ${kb(r.js)} KB > ${kb(b.js)} KB`);
    if ((r.type === "reading" || r.type === "long-guide") && r.scriptFiles > 0)
      over.push(`halaman bacaan memuat ${r.scriptFiles} berkas skrip`);
    expect(over, `${r.route} (${r.type}) melampaui anggaran`).toEqual([]);
  });
});
