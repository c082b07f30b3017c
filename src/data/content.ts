// The one place pages read collections from: drafts are dropped, order is fixed, and cross-references
// are checked once per build (a bad id fails the build, naming the file).
import { getCollection, getEntry, render, type CollectionEntry } from "astro:content";
import { guideSections } from "../lib/content/schema/guide";
import { findContentProblems } from "../lib/content/integrity";
import { bankKey, toBankData } from "../lib/assessment/bank-json";
import type { BankData } from "../lib/assessment/types";
import { expandTags, resolveDeep } from "../lib/content/citation-text";
import { findMappingProblems } from "../lib/content/bank-mapping";
import type { Source } from "../lib/content/schema/source";
import { getCiting, getRegulationProblems, getUncitedRegulations } from "./regulations";

import { lastReviewed } from "../lib/content/review-date";

// Entries as pages use them: `{reg:id}` tokens, `<Regulasi>` tags in `body` (search text, word counts) and
// regulation sources are resolved from content/regulations.yaml, so every consumer shows the registry's citation.
export type Guide = CollectionEntry<"guides"> & { data: { sources: Source[] } };
export type Case = CollectionEntry<"cases"> & { data: { sources: Source[] } };
export type Term = CollectionEntry<"glossary"> & { data: { source?: Source | undefined } };
export type Instrument = CollectionEntry<"instruments">;
export type SynonymGroup = CollectionEntry<"synonyms">;
export type Template = CollectionEntry<"templates">;

/** Route segments under /panduan/ that are pages of their own, so no guide may take them. */
export const reservedGuideRoutes = ["dasar-hukum"] as const;

const file = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

// The result keeps the entry's shape; only the source type narrows (regulation references become sources), which
// the exported entry types state. Hence the casts at the call sites.
async function resolved<
  E extends { id: string; filePath?: string | undefined; data: object; body?: string | undefined },
>(entry: E): Promise<E> {
  const citing = await getCiting();
  const where = file(entry);
  const data = resolveDeep(entry.data, citing, where);
  return entry.body === undefined
    ? { ...entry, data }
    : { ...entry, data, body: expandTags(entry.body, citing, where) };
}

let checked: Promise<void> | undefined;
// Resolved once per build: every page's footer asks for all three (getContentReviewDate), and resolving and sorting
// them again on each of 113 pages cost more than a second of the build. Callers get their own array.
let guides: Promise<Guide[]> | undefined;
let cases: Promise<Case[]> | undefined;
let glossary: Promise<Term[]> | undefined;

export async function getGuides(): Promise<Guide[]> {
  guides ??= (async () => {
    await checkContent();
    return Promise.all((await loadGuides()).map((g) => resolved(g) as Promise<unknown> as Promise<Guide>));
  })();
  return [...(await guides)];
}

async function loadGuides(): Promise<CollectionEntry<"guides">[]> {
  const all = await getCollection("guides", (g) => !g.data.draft);
  const sectionOrder = (g: CollectionEntry<"guides">) => guideSections.indexOf(g.data.section);
  return all.sort(
    (a, b) => sectionOrder(a) - sectionOrder(b) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

export async function getCases(): Promise<Case[]> {
  cases ??= (async () => {
    await checkContent();
    const all = await Promise.all(
      (await getCollection("cases")).map((c) => resolved(c) as Promise<unknown> as Promise<Case>),
    );
    return all.sort((a, b) => a.data.title.localeCompare(b.data.title, "id"));
  })();
  return [...(await cases)];
}

export async function getGlossary(): Promise<Term[]> {
  glossary ??= (async () => {
    await checkContent();
    const all = await Promise.all(
      (await getCollection("glossary")).map((t) => resolved(t) as Promise<unknown> as Promise<Term>),
    );
    return all.sort((a, b) => a.data.term.localeCompare(b.data.term, "id", { sensitivity: "base" }));
  })();
  return [...(await glossary)];
}

/** One glossary entry, resolved; undefined when the id does not exist. */
export async function getTerm(id: string): Promise<Term | undefined> {
  const entry = await getEntry("glossary", id);
  return entry && ((await resolved(entry)) as unknown as Term);
}

export async function getInstruments(): Promise<Instrument[]> {
  await checkContent();
  return getCollection("instruments");
}

/** The reviewed synonym and abbreviation groups for site search. */
export async function getSynonyms(): Promise<SynonymGroup[]> {
  return getCollection("synonyms");
}

/** The newest version of each bank, the one the questionnaire serves. */
export async function getCurrentInstruments(): Promise<Instrument[]> {
  const all = await getInstruments();
  const newest = new Map<string, Instrument>();
  for (const bank of all) {
    const seen = newest.get(bank.data.id);
    if (!seen || seen.data.version < bank.data.version) newest.set(bank.data.id, bank);
  }
  return [...newest.values()].sort((a, b) => a.data.stage.localeCompare(b.data.stage) * -1);
}

let bankData: Promise<BankData[]> | undefined;

/** Every published bank version as the browser receives it (supplement applied, guide links resolved), built once. */
export function getBankData(): Promise<BankData[]> {
  bankData ??= (async () => {
    const [banks, guides, supplements] = await Promise.all([
      getInstruments(),
      getGuides(),
      getCollection("bankSupplements"),
    ]);
    const titles = new Map(guides.map((g) => [g.id, g.data.title]));
    const extra = new Map(supplements.map((s) => [s.id, s.data]));
    return banks.map((b) => toBankData(b.data, titles, extra.get(bankKey(b.data))));
  })();
  return bankData;
}

/** The newest version of each bank as served (the questionnaire's). */
export async function getCurrentBankData(): Promise<BankData[]> {
  const current = new Set((await getCurrentInstruments()).map((b) => bankKey(b.data)));
  return (await getBankData()).filter((b) => current.has(bankKey(b)));
}

/** getStaticPaths of the pages built once per current bank (/penilaian/<bank>/ and its paper form). */
export async function currentBankPaths() {
  return (await getCurrentBankData()).map((bank) => ({ params: { bank: bank.id }, props: { bank } }));
}

/** Heading slugs of every guide, for #anchor checks. */
export async function getGuideHeadings(): Promise<Map<string, string[]>> {
  const guides = await loadGuides();
  const entries = await Promise.all(
    guides.map(async (g) => [g.id, (await render(g)).headings.map((h) => h.slug)] as const),
  );
  return new Map(entries);
}

function checkContent(): Promise<void> {
  checked ??= (async () => {
    const [guides, cases, glossary, instruments, headings, supplements] = await Promise.all([
      loadGuides(),
      getCollection("cases"),
      getCollection("glossary"),
      getCollection("instruments"),
      getGuideHeadings(),
      getCollection("bankSupplements"),
    ]);
    const problems = findContentProblems({
      guides: guides.map((g) => ({ id: g.id, file: file(g), related: g.data.related })),
      cases: cases.map((c) => ({ id: c.id, file: file(c), relatedGuides: c.data.relatedGuides })),
      glossary: glossary.map((t) => ({ id: t.id, file: "content/glossary.yaml", relatedGuide: t.data.relatedGuide })),
      instruments: instruments.map((i) => ({
        id: i.id,
        file: file(i),
        guideTargets: i.data.recommendations.flatMap((r) => r.guides),
      })),
      supplements: supplements.map((s) => ({
        id: s.id,
        file: file(s),
        keyItems: s.data.butirKunci,
        bankItems: instruments.find((i) => bankKey(i.data) === s.id)?.data.items.map((it) => it.id),
      })),
      guideHeadings: headings,
      reservedGuideIds: [...guideSections, ...reservedGuideRoutes],
    });
    problems.push(...findMappingProblems(instruments.map((i) => ({ ...i.data, file: file(i) }))));
    problems.push(...(await getRegulationProblems()));
    if (problems.length > 0)
      throw new Error(`Rujukan konten tidak valid (${problems.length}):\n- ${problems.join("\n- ")}`);
    const uncited = await getUncitedRegulations();
    if (uncited.length > 0)
      console.warn(
        `[siapmitra] ${uncited.length} regulasi di content/regulations.yaml tidak dikutip halaman mana pun: ${uncited.join(", ")}`,
      );
  })();
  return checked;
}

/** Cases that name this guide in relatedGuides (the reverse lookup). */
export async function getCasesForGuide(guideId: string): Promise<Case[]> {
  return (await getCases()).filter((c) => c.data.relatedGuides.includes(guideId));
}

/** Fill-in templates of the `alat` guides (each also served as a blank CSV). */
export async function getTemplates(): Promise<Template[]> {
  const all = await Promise.all((await getCollection("templates")).map((t) => resolved(t)));
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** One fill-in template, resolved; undefined when the id does not exist. */
export async function getTemplate(id: string): Promise<Template | undefined> {
  const entry = await getEntry("templates", id);
  return entry && resolved(entry);
}

/** The newest date on which a guide was reviewed or a cited source was checked (the footer's content date). */
export async function getContentReviewDate(): Promise<Date | undefined> {
  const [guides, cases, glossary] = await Promise.all([getGuides(), getCases(), getGlossary()]);
  return lastReviewed([...guides, ...cases, ...glossary].map((e) => e.data));
}
