import { getTemplate } from "../../data/content";
import type { TemplateData } from "../../lib/content/schema/template";

/**
 * A template from content/templates/<id>.yaml, its `{reg:…}` citations resolved; a missing one fails the build,
 * naming the page (`where`).
 */
export async function templatData(id: string, where: string): Promise<TemplateData> {
  const entry = await getTemplate(id);
  if (!entry) throw new Error(`${where}: templat tidak ada: "${id}"`);
  return entry.data;
}
