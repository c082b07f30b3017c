import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allowedHttpSources, linkProblems, sourceProblems } from "./support/link-gate";
import { distDir, htmlPages } from "./support/site";

// Internal links must resolve in both builds: at the root and under a sub-path (agencies host at /kemitraan/).
const builds = [
  { dir: distDir, base: "/" },
  { dir: "dist-base", base: "/kemitraan/" },
];

describe("internal links, assets and #fragments resolve", () => {
  it.each(builds.map((b) => [`${b.dir} (base ${b.base})`, b] as const))("%s", (_label, b) => {
    if (!existsSync(join(b.dir, "index.html")) && !process.env.CI && b.dir === "dist-base") {
      console.log(`Lewati ${b.dir}: belum dibangun (npm test membangunnya).`);
      return;
    }
    expect(linkProblems(b.dir, b.base)).toEqual([]);
  });
});

describe("external sources in guides and cases", () => {
  it("are absolute https:// URLs, or http:// listed with a reason in content/http-sources.txt", () => {
    expect(sourceProblems(htmlPages(), allowedHttpSources())).toEqual([]);
  });
});
