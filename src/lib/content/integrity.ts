/** Cross-reference checks over the whole content set. Each problem names the file and the bad id. */

export interface GuideRef {
  id: string;
  file: string;
  related: readonly string[];
}
export interface CaseRef {
  id: string;
  file: string;
  relatedGuides: readonly string[];
}
export interface GlossaryRef {
  id: string;
  file: string;
  relatedGuide?: string | undefined;
}
export interface InstrumentRef {
  id: string;
  file: string;
  /** "guide-id" or "guide-id#anchor". */
  guideTargets: readonly string[];
}

/** A supplement to a published bank version: its key items must be items of that version. */
export interface SupplementRef {
  id: string;
  file: string;
  keyItems: readonly string[];
  /** The item ids of the bank version it names, or undefined when no such version exists. */
  bankItems: readonly string[] | undefined;
}

export interface ContentSet {
  guides: readonly GuideRef[];
  cases: readonly CaseRef[];
  glossary: readonly GlossaryRef[];
  instruments: readonly InstrumentRef[];
  supplements?: readonly SupplementRef[];
  /** Heading slugs of each guide, for #anchor targets. */
  guideHeadings: ReadonlyMap<string, readonly string[]>;
  /** Route segments under /panduan/ that guides may not take (the section pages). */
  reservedGuideIds: readonly string[];
}

export function findContentProblems(set: ContentSet): string[] {
  const problems: string[] = [];
  const guideIds = new Set(set.guides.map((g) => g.id));

  for (const g of set.guides) {
    if (set.reservedGuideIds.includes(g.id))
      problems.push(`${g.file}: id "${g.id}" bertabrakan dengan rute /panduan/${g.id}/ (halaman bagian).`);
    for (const r of g.related)
      if (!guideIds.has(r)) problems.push(`${g.file}: related merujuk panduan yang tidak ada: "${r}".`);
  }
  for (const c of set.cases)
    for (const r of c.relatedGuides)
      if (!guideIds.has(r)) problems.push(`${c.file}: relatedGuides merujuk panduan yang tidak ada: "${r}".`);
  for (const t of set.glossary)
    if (t.relatedGuide && !guideIds.has(t.relatedGuide))
      problems.push(`${t.file}: istilah "${t.id}" merujuk panduan yang tidak ada: "${t.relatedGuide}".`);
  for (const ins of set.instruments)
    for (const target of ins.guideTargets) {
      const [id = "", anchor] = target.split("#");
      if (!guideIds.has(id)) problems.push(`${ins.file}: rekomendasi merujuk panduan yang tidak ada: "${id}".`);
      else if (anchor && !set.guideHeadings.get(id)?.includes(anchor))
        problems.push(`${ins.file}: rekomendasi merujuk judul bagian yang tidak ada: "${target}".`);
    }
  for (const s of set.supplements ?? []) {
    if (!s.bankItems) problems.push(`${s.file}: tambahan untuk bank yang tidak ada: "${s.id}".`);
    else
      for (const k of s.keyItems)
        if (!s.bankItems.includes(k)) problems.push(`${s.file}: butir kunci tidak ada di ${s.id}: "${k}".`);
  }
  return problems;
}
