import { describe, expect, it } from "vitest";
import { precacheUrls } from "../../../src/lib/offline/precache";

// A small build: the shell, a questionnaire whose island loads a radar chunk on demand, banks, and reading pages.
const site: Record<string, string> = {
  "index.html": '<link rel="stylesheet" href="/k/_astro/Base.css"><link rel="icon" href="/k/favicon.svg">',
  "offline/index.html": '<link rel="stylesheet" href="/k/_astro/Base.css">',
  "penilaian/index.html": '<link rel="stylesheet" href="/k/_astro/Base.css">',
  "penilaian/kesiapan/index.html":
    '<link rel="stylesheet" href="/k/_astro/Base.css"><astro-island component-url="/k/_astro/App.a.js" renderer-url="/k/_astro/client.b.js"></astro-island>',
  "penilaian/data/kesiapan@1.json": "{}",
  "_astro/Base.css": "body{}",
  "_astro/App.a.js": 'import"./hooks.c.js";const r=()=>import("./Results.d.js");',
  "_astro/hooks.c.js": "export{}",
  "_astro/Results.d.js": 'const m=["_astro/radar-chart.e.js"];import("./radar-chart.e.js");',
  "_astro/radar-chart.e.js": "export{}",
  "_astro/client.b.js": "export{}",
  "_astro/search.f.js": "export{}",
  "favicon.svg": "<svg/>",
  "panduan/x/index.html": '<link rel="stylesheet" href="/k/_astro/Base.css">',
  "cari/index.html": '<script type="module" src="/k/_astro/search.f.js"></script>',
  "search-index/panduan.json": "[]",
};

describe("precacheUrls", () => {
  const urls = precacheUrls({ files: Object.keys(site), read: (p) => site[p] ?? "", base: "/k/" });

  it("holds the shell, the questionnaire with every chunk it may load, and the question banks", () => {
    expect(urls).toEqual(
      [
        "/k/",
        "/k/offline/",
        "/k/penilaian/",
        "/k/penilaian/kesiapan/",
        "/k/penilaian/data/kesiapan@1.json",
        "/k/_astro/Base.css",
        "/k/_astro/App.a.js",
        "/k/_astro/client.b.js",
        "/k/_astro/hooks.c.js",
        "/k/_astro/Results.d.js",
        "/k/_astro/radar-chart.e.js",
        "/k/favicon.svg",
      ].sort(),
    );
  });

  it("leaves out reading pages, search and its index (cached only when visited)", () => {
    for (const url of ["/k/panduan/x/", "/k/cari/", "/k/_astro/search.f.js", "/k/search-index/panduan.json"])
      expect(urls).not.toContain(url);
  });

  it("ignores references to files that are not in the build", () => {
    const small = { "index.html": '<link rel="stylesheet" href="/_astro/hilang.css">' };
    expect(precacheUrls({ files: Object.keys(small), read: () => small["index.html"], base: "/" })).toEqual(["/"]);
  });
});
