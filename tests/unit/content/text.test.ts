import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, slugify } from "../../../src/lib/content/text";

describe("slugify", () => {
  it("makes URL-safe lower-case slugs", () => {
    expect(slugify("Jawa Timur")).toBe("jawa-timur");
    expect(slugify("DKI Jakarta")).toBe("dki-jakarta");
    expect(slugify("  Nusa Tenggara Timur (NTT) ")).toBe("nusa-tenggara-timur-ntt");
  });
  it("folds diacritics", () => {
    expect(slugify("Sätteri Café")).toBe("satteri-cafe");
  });
});

describe("countWords", () => {
  it("counts prose words, not frontmatter, tags, link targets or Markdown marks", () => {
    const mdx = `---\ntitle: Judul panjang sekali\n---\n\n## Judul bagian\n\nKami <Istilah id="kpbu">KPBU</Istilah> [bermitra](/panduan/x/) dengan baik.<Sumber n={1} />\n\n- butir satu`;
    expect(countWords(mdx)).toBe(9);
  });
});

describe("readingMinutes", () => {
  it("rounds at 200 words a minute and never says 0", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(1350)).toBe(7);
  });
});
