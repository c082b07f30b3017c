import { describe, expect, it } from "vitest";
import { precachePlan } from "../../../src/lib/offline/precache";

// A small build: the offline page (with the header's search island, as every page has), a questionnaire whose
// island loads a radar chunk on demand, banks, and reading pages.
const site: Record<string, string> = {
  "index.html": '<link rel="stylesheet" href="/k/_astro/Base.css"><link rel="icon" href="/k/favicon.svg">',
  "offline/index.html":
    '<link rel="stylesheet" href="/k/_astro/Base.css"><link rel="icon" href="/k/favicon.svg"><link rel="modulepreload" href="/k/_astro/client.b.js"><astro-island component-url="/k/_astro/Search.g.js" renderer-url="/k/_astro/client.b.js"></astro-island><script type="module" src="/k/_astro/search.f.js"></script>',
  "_astro/Search.g.js": "export{}",
  "penilaian/index.html": '<link rel="stylesheet" href="/k/_astro/Base.css">',
  "penilaian/kesiapan/index.html":
    '<link rel="stylesheet" href="/k/_astro/Base.css"><astro-island component-url="/k/_astro/App.a.js" renderer-url="/k/_astro/client.b.js"></astro-island>',
  "penilaian/data/kesiapan@1.json": "{}",
  "penilaian/kesiapan/formulir/index.html": '<link rel="stylesheet" href="/k/_astro/Base.css"><form></form>',
  "_astro/Base.css": "body{background:url(./bg.svg)}",
  "_astro/bg.svg": "<svg/>",
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

describe("precachePlan", () => {
  const plan = precachePlan({ files: Object.keys(site), read: (p) => site[p] ?? "", base: "/k/" });

  it("installs only the shell: the offline page, its styles (and what they pull in) and its icons", () => {
    expect(plan.shell).toEqual(["/k/offline/", "/k/_astro/Base.css", "/k/_astro/bg.svg", "/k/favicon.svg"].sort());
  });

  it("keeps code out of the shell: no scripts, island code or module preloads", () => {
    for (const url of ["/k/_astro/Search.g.js", "/k/_astro/client.b.js", "/k/_astro/search.f.js"])
      expect(plan.shell).not.toContain(url);
  });

  it("has one group for /penilaian/: its pages, every chunk they may load, and the question banks", () => {
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]?.scope).toBe("/k/penilaian/");
    expect(plan.groups[0]?.urls).toEqual(
      [
        "/k/penilaian/",
        "/k/penilaian/kesiapan/",
        "/k/penilaian/data/kesiapan@1.json",
        "/k/_astro/Base.css",
        "/k/_astro/bg.svg",
        "/k/_astro/App.a.js",
        "/k/_astro/client.b.js",
        "/k/_astro/hooks.c.js",
        "/k/_astro/Results.d.js",
        "/k/_astro/radar-chart.e.js",
      ].sort(),
    );
  });

  it("leaves out the home page, reading pages, paper forms, search and its index (cached only when visited)", () => {
    const all = [...plan.shell, ...plan.groups.flatMap((g) => g.urls)];
    for (const url of [
      "/k/",
      "/k/panduan/x/",
      "/k/penilaian/kesiapan/formulir/",
      "/k/cari/",
      "/k/_astro/search.f.js",
      "/k/search-index/panduan.json",
    ])
      expect(all).not.toContain(url);
  });

  it("ignores references to files that are not in the build, and has no group without pages", () => {
    const small: Record<string, string> = {
      "offline/index.html": '<link rel="stylesheet" href="/_astro/hilang.css">',
    };
    expect(precachePlan({ files: Object.keys(small), read: (p) => small[p] ?? "", base: "/" })).toEqual({
      shell: ["/offline/"],
      groups: [],
    });
  });
});
