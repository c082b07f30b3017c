// Blank CSV of each fill-in template, written at build time from the same data as the printed table.
import type { APIRoute, GetStaticPaths } from "astro";
import { getTemplates, type Template } from "../../data/content";
import { templateCsv } from "../../lib/templates/table";

export const getStaticPaths = (async () =>
  (await getTemplates()).map((template) => ({
    params: { template: template.id },
    props: { template },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: Template }> = ({ props }) =>
  new Response(templateCsv(props.template.data), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
