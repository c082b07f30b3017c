import { getEntry } from "astro:content";
import type { TemplateData } from "../../lib/content/schema/template";

/** A template from content/templates/<id>.yaml; a missing one fails the build, naming the page (`where`). */
export async function templatData(id: string, where: string): Promise<TemplateData> {
  const entry = await getEntry("templates", id);
  if (!entry) throw new Error(`${where}: templat tidak ada: "${id}"`);
  return entry.data;
}
