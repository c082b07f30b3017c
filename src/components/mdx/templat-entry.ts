import { getTemplate } from "../../data/content";
import { unknownTemplate } from "../../lib/content/mdx-diagnostics";
import type { TemplateData } from "../../lib/content/schema/template";

/**
 * A template from content/templates/<id>.yaml, its `{reg:…}` citations resolved; a missing one fails the build,
 * naming the page (`where`).
 */
export async function templatData(id: string, where: string): Promise<TemplateData> {
  const entry = await getTemplate(id);
  if (!entry) throw unknownTemplate(where, id);
  return entry.data;
}
