// The pure helpers behind the dist gates, on pages built in memory.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS, KB, budgetProblems, kb, type PageSizes } from "../../dist/support/budget-gate";
import {
  inlineHandlerProblems,
  inlineScriptProblems,
  policyProblems,
  REQUIRED_DIRECTIVES,
  sha256,
} from "../../dist/support/csp-gate";
import { allowedHttpSources, linkProblems, sourceProblems } from "../../dist/support/link-gate";
import { pageFrom, routeOfFile } from "../../dist/support/site";

const strict = REQUIRED_DIRECTIVES.join(";");
const withPolicy = (route: string, policy: string, body = "") =>
  pageFrom(
    route,
    `<!DOCTYPE html><html lang="id"><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`,
  );

describe("site helpers", () => {
  it("routeOfFile maps index.html to its folder and keeps other files", () => {
    expect(routeOfFile("index.html")).toBe("/");
    expect(routeOfFile(join("panduan", "x", "index.html"))).toBe("/panduan/x/");
    expect(routeOfFile("404.html")).toBe("/404.html");
  });

  it("pageFrom parses the HTML and labels the page with its route", () => {
    const page = pageFrom("/x/", "<p id=a>hi</p>");
    expect(page.file).toBe("/x/");
    expect(page.doc.querySelector("#a")?.text).toBe("hi");
  });
});

describe("CSP gate helpers", () => {
  it("report each missing directive", () => {
    const policy = REQUIRED_DIRECTIVES.filter((d) => !d.startsWith("object-src")).join(";");
    expect(policyProblems(withPolicy("/x/", policy))).toEqual([`/x/: CSP tanpa direktif "object-src 'none'"`]);
    expect(policyProblems(pageFrom("/y/", "<p>tanpa CSP</p>"))).toHaveLength(REQUIRED_DIRECTIVES.length);
  });

  it("report unsafe script sources and frame-ancestors", () => {
    expect(policyProblems(withPolicy("/x/", `${strict}; script-src 'self' 'unsafe-eval'`))).toEqual([
      "/x/: script-src CSP mengizinkan 'unsafe-eval'",
    ]);
    expect(policyProblems(withPolicy("/x/", `${strict}; frame-ancestors 'none'`))).toEqual([
      "/x/: CSP meta memuat frame-ancestors",
    ]);
    // unsafe-inline is fine outside script-src (style attributes).
    expect(policyProblems(withPolicy("/x/", `${strict}; style-src-attr 'unsafe-inline'`))).toEqual([]);
  });

  it("accept hashed inline scripts and JSON-LD, report the rest", () => {
    const ok = "console.log(1)";
    const bad = "x".repeat(100);
    const page = withPolicy(
      "/x/",
      `${strict}; script-src 'self' '${sha256(ok)}'`,
      `<script>${ok}</script><script type="application/ld+json">{}</script><script>${bad}</script><script src="/a.js"></script>`,
    );
    expect(inlineScriptProblems(page)).toEqual([`/x/: skrip inline tanpa hash di CSP: ${"x".repeat(80)}`]);
  });

  it("report inline event handlers", () => {
    const page = pageFrom("/x/", `<button type="button" onclick="go()">Go</button><p data-on="x">ok</p>`);
    expect(inlineHandlerProblems(page)).toEqual(['/x/: penangan event inline: <button type="button" onclick=']);
  });
});

describe("budget gate helpers", () => {
  const row: PageSizes = { route: "/x/", type: "reading", html: 0, css: 0, inline: 0, js: 0, scriptFiles: 0 };

  it("kb uses one decimal and a decimal comma", () => {
    expect(kb(31_948)).toBe("31,2");
    expect(kb(20 * KB)).toBe("20,0");
  });

  it("report every figure over its budget, with the page and its type", () => {
    expect(budgetProblems({ ...row, html: 20 * KB })).toEqual([]);
    expect(
      budgetProblems({ ...row, html: 20 * KB + 1, css: 13 * KB, inline: 4 * KB, js: 1024, scriptFiles: 2 }),
    ).toEqual([
      "/x/ (reading): HTML 20,0 KB > 20,0 KB",
      "/x/ (reading): CSS 13,0 KB > 12,0 KB",
      "/x/ (reading): skrip inline 4,0 KB > 3,0 KB",
      "/x/ (reading): JS saat dimuat 1,0 KB > 0,0 KB",
      "/x/ (reading): halaman bacaan memuat 2 berkas skrip",
    ]);
  });

  it("take the budget table as a parameter", () => {
    const tight = { ...BUDGETS, search: { ...BUDGETS.search, js: 1 * KB } };
    const search: PageSizes = { ...row, route: "/cari/", type: "search", js: 2 * KB, scriptFiles: 1 };
    expect(budgetProblems(search)).toEqual([]);
    expect(budgetProblems(search, tight)).toEqual(["/cari/ (search): JS saat dimuat 2,0 KB > 1,0 KB"]);
  });
});

describe("link gate helpers", () => {
  it("report links outside the base path", () => {
    const problems = linkProblems("tests/fixtures/dist-broken", "/kemitraan/");
    expect(problems).toContain('/: "/_astro/site.css" berada di luar base path /kemitraan/');
    expect(problems.some((p) => p.includes('"#kontrol"'))).toBe(false);
  });

  it("allow https:// sources and listed http:// ones, only in guides and cases", () => {
    const folder = mkdtempSync(join(tmpdir(), "http-sources-"));
    const list = join(folder, "http-sources.txt");
    writeFileSync(list, "# comment\nhttp://lama.go.id/a  arsip tanpa https\n\n");
    const allowed = allowedHttpSources(list);
    expect([...allowed]).toEqual(["http://lama.go.id/a"]);
    expect(allowedHttpSources(join(folder, "missing.txt")).size).toBe(0);

    const sources = `<ol class="sources"><li><a href="https://a.go.id">a</a></li><li><a href="http://lama.go.id/a">b</a></li><li><a href="http://baru.go.id">c</a></li></ol>`;
    const pages = [pageFrom("/panduan/x/", sources), pageFrom("/tentang/", sources)];
    expect(sourceProblems(pages, allowed)).toEqual([
      "/panduan/x/: sumber bukan https:// dan tidak terdaftar di http-sources.txt: http://baru.go.id",
    ]);
  });
});
