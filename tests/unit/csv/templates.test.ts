// The blank CSV of every template in content/templates: valid data, a header row from the columns, and a guide
// that shows it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { templateSchema } from "../../../src/lib/content/schema/template";
import { parseCsv } from "../../../src/lib/csv/parse";
import { csvHeaderOf, rowHeaderIndex, templateCsv, templateRows } from "../../../src/lib/templates/table";

const dir = join(process.cwd(), "content/templates");
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
const load = (file: string) => templateSchema.parse(parseYaml(readFileSync(join(dir, file), "utf8")));

describe("fill-in templates", () => {
  it("has the six templates the tools section promises", () => {
    expect(files.map((f) => f.replace(/\.yaml$/, "")).sort()).toEqual([
      "daftar-periksa-kesepakatan",
      "kerangka-evaluasi",
      "lembar-indikator-kinerja",
      "matriks-pemetaan-mitra",
      "rencana-keberlanjutan",
      "rencana-komunikasi",
    ]);
  });

  it.each(files)("%s: CSV has BOM, ';' and the column headers, then the pre-filled rows", (file) => {
    const t = load(file);
    const { bom, rows } = parseCsv(templateCsv(t));
    expect(bom).toBe(true);
    expect(rows[0]).toEqual(t.columns.map(csvHeaderOf));
    expect(rows).toEqual(templateRows(t));
    expect(rows).toHaveLength(1 + t.rows.length);
    for (const row of rows) expect(row).toHaveLength(t.columns.length);
  });

  it.each(files)("%s: its guide exists, shows it, and cites every example source", (file) => {
    const id = file.replace(/\.yaml$/, "");
    const t = load(file);
    const guide = join(process.cwd(), "content/guides", `${t.guide}.mdx`);
    expect(existsSync(guide), `${t.guide}.mdx`).toBe(true);
    const text = readFileSync(guide, "utf8");
    expect(text).toContain(`<Templat id="${id}" />`);
    if (t.examples.length > 0) expect(text).toContain(`<TemplatContoh id="${id}" />`);
    const frontmatter = text.split(/^---$/m)[1] ?? "";
    const sourceCount = ((parseYaml(frontmatter) as { sources?: unknown[] }).sources ?? []).length;
    for (const ex of t.examples) for (const n of ex.sources) expect(n).toBeLessThanOrEqual(sourceCount);
  });

  it("rejects widths that do not add up to 100 and cells of unknown columns", () => {
    const base = {
      title: "Contoh templat",
      guide: "alat-contoh",
      instructions: ["Langkah pertama yang cukup panjang.", "Langkah kedua yang cukup panjang."],
      columns: [
        { id: "a", header: "Kolom A", width: 50 },
        { id: "b", header: "Kolom B", width: 30 },
        { id: "c", header: "Kolom C", width: 20 },
      ],
    };
    expect(templateSchema.safeParse(base).success).toBe(true);
    expect(templateSchema.safeParse({ ...base, columns: base.columns.map((c) => ({ ...c, width: 30 })) }).success).toBe(
      false,
    );
    expect(templateSchema.safeParse({ ...base, rows: [{ x: "?" }] }).success).toBe(false);
    expect(templateSchema.safeParse({ ...base, rowHeader: "x" }).success).toBe(false);
    expect(rowHeaderIndex(templateSchema.parse(base))).toBe(0);
    expect(rowHeaderIndex(templateSchema.parse({ ...base, rowHeader: "b" }))).toBe(1);
  });

  it.each(files)("%s: names a column whose cells head the rows", (file) => {
    const t = load(file);
    expect(t.columns[rowHeaderIndex(t)]?.id).toBe(t.rowHeader ?? t.columns[0]!.id);
  });
});
