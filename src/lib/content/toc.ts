export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: Heading[];
}

/** Nests h3 headings under the preceding h2; drops other depths (an h3 before any h2 becomes top level). */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ ...h, children: [] });
    else if (h.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push(h);
      else toc.push({ ...h, children: [] });
    }
  }
  return toc;
}
