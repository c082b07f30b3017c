// Every user-facing string lives in src/i18n/: this finds Indonesian text written inline in components, pages,
// islands and src/lib, so a copy edit is one file and a second language needs no hunt through the code.
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { walkSources } from "../../support/import-graph";
import { isIndonesianText, scanAstro, scanScript, type Finding } from "../../support/ui-strings";

/** Files allowed to keep inline Indonesian, each with the reason. */
const EXCEPTIONS: Record<string, string> = {
  // Errors for content authors, printed by `astro build` in the terminal; they never reach the site.
  "lib/content/": "build-time content diagnostics",
  "data/": "build-time content diagnostics",
  "integrations/": "build-time messages",
  // Words the search index stores so readers can find pages by the labels they see.
  "lib/search/build/": "search index build",
  // The Indonesian words search ignores and the prefixes it strips: language data for the engine, not UI text.
  "lib/search/stopwords.ts": "search language data",
  "lib/search/question-words.ts": "search language data",
  // Headings of navigation sections, matched in the guides to keep them out of the index.
  "lib/search/records.ts": "search language data",
  // How agencies spell column names, instruments, statuses, partner kinds and months in their own spreadsheets: the
  // register's CSV import matches them, it never shows them.
  "lib/register/import-columns.ts": "register import language data",
  "lib/register/import-values.ts": "register import language data",
  "lib/register/import-dates.ts": "register import language data",
};

const src = resolve("src");
const scan = (file: string): Finding[] => {
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".astro")) return scanAstro(text);
  if (file.endsWith(".tsx")) return scanScript(text, true);
  if (file.endsWith(".ts")) return scanScript(text, false);
  return [];
};

describe("no inline user-facing strings outside src/i18n/", () => {
  const files = walkSources(src)
    .map((f) => relative(src, f))
    .filter((f) => !f.startsWith("i18n/") && !Object.keys(EXCEPTIONS).some((e) => f.startsWith(e)));

  it("scans the components, islands, layouts, pages and lib", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("finds none", () => {
    const found = files.flatMap((f) => scan(resolve(src, f)).map((x) => `${f}:${x.line} ${JSON.stringify(x.text)}`));
    expect(found).toEqual([]);
  });
});

describe("the detector", () => {
  it("reports JSX text, Indonesian literals, template text and labelling attributes", () => {
    const tsx = 'export const A = () => <p title={"Lihat hasil"}>Hapus data</p>;\nconst m = `Langkah ${1} dari ${2}`;';
    expect(scanScript(tsx, true).map((f) => f.text)).toEqual(["Lihat hasil", "Hapus data", "Langkah   dari"]);
    const astro = '---\nconst x = "Tidak ada hasil";\n---\n<h1 aria-label="Menu utama">Judul</h1>\n<p>{t("a.b")}</p>';
    expect(scanAstro(astro).map((f) => [f.line, f.text])).toEqual([
      [2, "Tidak ada hasil"],
      [4, "Judul"],
      [4, "Menu utama"],
    ]);
  });

  it("reads an expression nested at any depth as code and still finds the text in its markup", () => {
    const astro = [
      "---\n---",
      "{a.map((s) => {",
      "  const b = c.filter((g) => g.on === s.id);",
      "  return (",
      "    <section id={`x-${s.id}`}>",
      "      {b.length > 0 ? <ol>{b.map((g) => <li>{g.title}</li>)}</ol> : <p>Kosong</p>}",
      "    </section>",
      "  );",
      "})}",
      "<p>Belum ada hasil</p>",
    ].join("\n");
    expect(scanAstro(astro).map((f) => f.text)).toEqual(["Kosong", "Belum ada hasil"]);
  });

  it("leaves ids, keys, paths, class names and code alone", () => {
    for (const s of ["kebutuhan", "belum", "report.plan.title", "/penilaian/riwayat/", "asm-item band-none", "#konten"])
      expect(isIndonesianText(s)).toBe(false);
    expect(scanScript('import x from "./Hapus data";\nconst k = t("history.entry.open");', false)).toEqual([]);
  });
});
