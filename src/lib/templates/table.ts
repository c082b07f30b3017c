// The shape of a fill-in template as rows of text: the same data feeds the printed table and the blank CSV.
import type { TemplateColumn, TemplateData } from "../content/schema/template";
import { encodeCsv } from "../csv/encode";

/** Header cell text for the CSV: the heading, with the hint in brackets when there is one. */
export const csvHeaderOf = (column: TemplateColumn): string =>
  column.hint ? `${column.header} (${column.hint})` : column.header;

/** Cells of a row in column order; missing cells are blank. */
export const cellsOf = (template: TemplateData, row: Readonly<Record<string, string>>): string[] =>
  template.columns.map((c) => row[c.id] ?? "");

/** Index of the column whose pre-filled cells head their rows: `rowHeader`, else the first column. */
export const rowHeaderIndex = (template: TemplateData): number =>
  template.columns.findIndex((c) => c.id === (template.rowHeader ?? template.columns[0]?.id));

/** The blank template as CSV rows: the header, then the pre-filled rows (blank writing rows are left out). */
export function templateRows(template: TemplateData): string[][] {
  return [template.columns.map(csvHeaderOf), ...template.rows.map((row) => cellsOf(template, row))];
}

/** The blank template as a CSV document (UTF-8 BOM, ";", CRLF). */
export const templateCsv = (template: TemplateData): string => encodeCsv(templateRows(template));

/** File name offered when saving the CSV. */
export const csvFileName = (id: string): string => `siapmitra-${id}.csv`;
