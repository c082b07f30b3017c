// Which pages cite which registry regulation: the "Dikutip di" lists of /panduan/dasar-hukum/ and the report of
// regulations no page cites.
import { noteMentions, statusNote, type Registry } from "./regulations";
import { referencesIn } from "./citation-check";

export interface CitingPage {
  /** Site-absolute route without the base path ("/panduan/x/"). */
  route: string;
  title: string;
}

export interface PageText {
  page: CitingPage;
  /** The texts the page is built from (MDX file, YAML entries …). */
  texts: readonly string[];
}

/**
 * Regulation id → pages citing it, each page once, in the order given. A page that cites a regulation also shows
 * its status note, so the regulations the note names count as cited there too.
 */
export function citationIndex(pages: readonly PageText[], registry: Registry): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>();
  const add = (id: string, page: CitingPage) => {
    const list = index.get(id) ?? [];
    if (!list.some((p) => p.route === page.route)) list.push(page);
    index.set(id, list);
  };
  for (const { page, texts } of pages)
    for (const ref of texts.flatMap((t) => referencesIn(t))) {
      const r = registry.get(ref.id);
      if (!r) continue;
      add(r.id, page);
      for (const named of noteMentions(statusNote(r, registry))) add(named.id, page);
    }
  return index;
}

/** Registry ids that no page cites, in registry order. */
export const uncitedRegulations = (index: ReadonlyMap<string, unknown>, registry: Registry): string[] =>
  [...registry.keys()].filter((id) => !index.has(id));
