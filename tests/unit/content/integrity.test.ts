import { describe, expect, it } from "vitest";
import { findContentProblems, type ContentSet } from "../../../src/lib/content/integrity";

const good: ContentSet = {
  guides: [
    { id: "a", file: "content/guides/a.mdx", related: ["b"] },
    { id: "b", file: "content/guides/b.mdx", related: [] },
  ],
  cases: [{ id: "k", file: "content/cases/k.mdx", relatedGuides: ["a"] }],
  glossary: [{ id: "kpbu", file: "content/glossary.yaml", relatedGuide: "b" }],
  instruments: [{ id: "kesiapan@1", file: "content/assessment/kesiapan@1.yaml", guideTargets: ["a#judul"] }],
  guideHeadings: new Map([["a", ["judul"]]]),
  reservedGuideIds: ["manfaat"],
};

describe("findContentProblems", () => {
  it("accepts a consistent content set", () => {
    expect(findContentProblems(good)).toEqual([]);
  });
  it("names the file and the bad id of each broken reference", () => {
    const problems = findContentProblems({
      ...good,
      guides: [{ id: "a", file: "content/guides/a.mdx", related: ["hilang"] }],
      cases: [{ id: "k", file: "content/cases/k.mdx", relatedGuides: ["tidak-ada"] }],
      glossary: [{ id: "x", file: "content/glossary.yaml", relatedGuide: "nol" }],
      instruments: [{ id: "i", file: "content/assessment/i.yaml", guideTargets: ["a#salah", "z"] }],
    });
    expect(problems).toEqual([
      'content/guides/a.mdx: related merujuk panduan yang tidak ada: "hilang".',
      'content/cases/k.mdx: relatedGuides merujuk panduan yang tidak ada: "tidak-ada".',
      'content/glossary.yaml: istilah "x" merujuk panduan yang tidak ada: "nol".',
      'content/assessment/i.yaml: rekomendasi merujuk judul bagian yang tidak ada: "a#salah".',
      'content/assessment/i.yaml: rekomendasi merujuk panduan yang tidak ada: "z".',
    ]);
  });
  it("rejects a guide id that collides with a section route", () => {
    const problems = findContentProblems({
      ...good,
      guides: [...good.guides, { id: "manfaat", file: "content/guides/manfaat.mdx", related: [] }],
    });
    expect(problems).toEqual([
      'content/guides/manfaat.mdx: id "manfaat" bertabrakan dengan rute /panduan/manfaat/ (halaman bagian).',
    ]);
  });
});
