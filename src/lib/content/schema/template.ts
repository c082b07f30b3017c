import { z } from "astro/zod";

const columnId = z.string().regex(/^[a-z0-9-]+$/);
const cells = z.record(columnId, z.string());

/** A printable fill-in template in `content/templates/<id>.yaml`; its blank CSV is /unduh/<id>.csv. */
export const templateSchema = z
  .object({
    /** Name of the template: the table caption and the CSV link text. */
    title: z.string().min(5).max(90),
    /** Id of the guide (section `alat`) that shows the template. */
    guide: z.string().regex(/^alat-[a-z0-9-]+$/),
    /** Short steps printed above the table, one sentence each. */
    instructions: z.array(z.string().min(10)).min(2).max(6),
    /** Columns, left to right. */
    columns: z
      .array(
        z.object({
          /** Stable id; keys of `rows` and `examples` cells. */
          id: columnId,
          /** Column heading, also the CSV header cell. */
          header: z.string().min(2).max(40),
          /** What to write in the column, shown under the heading and added to the CSV header in brackets. */
          hint: z.string().min(2).max(60).optional(),
          /** Share of the printed table width, in percent; all columns add up to 100. */
          width: z.number().int().min(5).max(60),
        }),
      )
      .min(3)
      .max(8),
    /** Column whose pre-filled cells are row headers (`<th scope="row">`); default the first column. */
    rowHeader: columnId.optional(),
    /** Pre-filled rows (e.g. checklist questions); cells by column id, the rest left blank to fill in. */
    rows: z.array(cells).default([]),
    /** Empty rows added under the pre-filled ones for writing by hand. */
    blankRows: z.number().int().min(0).max(20).default(4),
    /** Worked examples shown in a separate table; not part of the blank CSV. */
    examples: z
      .array(
        z.object({
          /** Cells by column id. */
          cells,
          /** 1-based indexes into the `sources` of the guide that shows the template. */
          sources: z.array(z.number().int().min(1)).default([]),
        }),
      )
      .default([]),
  })
  .superRefine((t, ctx) => {
    const ids = t.columns.map((c) => c.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: "custom", path: ["columns"], message: `Id kolom ganda: ${ids.join(", ")}` });
    const total = t.columns.reduce((sum, c) => sum + c.width, 0);
    if (total !== 100)
      ctx.addIssue({ code: "custom", path: ["columns"], message: `Lebar kolom berjumlah ${total}, harus 100.` });
    const checkKeys = (row: Record<string, string>, path: (string | number)[]) => {
      for (const key of Object.keys(row))
        if (!ids.includes(key)) ctx.addIssue({ code: "custom", path, message: `Kolom tidak dikenal: "${key}"` });
    };
    if (t.rowHeader && !ids.includes(t.rowHeader))
      ctx.addIssue({ code: "custom", path: ["rowHeader"], message: `Kolom tidak dikenal: "${t.rowHeader}"` });
    t.rows.forEach((row, i) => checkKeys(row, ["rows", i]));
    t.examples.forEach((ex, i) => checkKeys(ex.cells, ["examples", i, "cells"]));
    if (t.rows.length + t.blankRows === 0)
      ctx.addIssue({ code: "custom", path: ["blankRows"], message: "Templat tidak punya baris untuk diisi." });
  });

export type TemplateData = z.infer<typeof templateSchema>;
export type TemplateColumn = TemplateData["columns"][number];
