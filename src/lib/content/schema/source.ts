import { z } from "astro/zod";
import { regulationIdPattern } from "./regulation";

/** A cited source: shown in a page's "Sumber" list and pointed at by `<Sumber n={k} />`. */
export const documentSourceSchema = z.object({
  /** Title of the document or article, in its own language. */
  title: z.string().min(3),
  /** Absolute https:// address (http:// only when listed in content/http-sources.txt). */
  url: z.url({ protocol: /^https?$/ }),
  /** Institution or outlet that published it. */
  publisher: z.string().min(2),
  /** Mirror the document was read through, shown as "diakses melalui …". */
  via: z.string().optional(),
  /** Date the fact was checked against this source. */
  accessed: z.coerce.date(),
  /**
   * Registry ids of the regulations this (non-regulation) source names in its title, e.g. a news headline
   * "Pemerintah Luncurkan Peraturan Presiden Nomor 68 Tahun 2022 …": the citation check accepts those names
   * in the title, and /panduan/dasar-hukum/ counts the page as citing them.
   */
  menyebut: z.array(z.string().regex(regulationIdPattern)).optional(),
});

/**
 * A regulation as a source: title, link and checked date come from `content/regulations.yaml`, so the
 * citation is the promulgated one everywhere.
 */
export const regulationSourceSchema = z
  .object({
    /** Registry id of the regulation. */
    regulasi: z.string().regex(regulationIdPattern),
    /** Part cited, appended to the title in brackets ("Pasal 7"). */
    bagian: z.string().min(3).optional(),
    /** A copy of that part on another site, used instead of the registry's link (needs `via`). */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** Site name of that copy, shown as "salinan tidak resmi, diakses melalui …". */
    via: z.string().min(3).optional(),
    /** Date checked, when it differs from the registry's. */
    accessed: z.coerce.date().optional(),
  })
  .strict()
  .refine((s) => (s.url === undefined) === (s.via === undefined), {
    message: "url dan via diisi bersama (salinan bagian peraturan di situs lain).",
    path: ["via"],
  });

/** What a page's `sources` list may hold. */
export const sourceSchema = z.union([regulationSourceSchema, documentSourceSchema]);

export type SourceInput = z.infer<typeof sourceSchema>;
export type RegulationSourceRef = z.infer<typeof regulationSourceSchema>;

/** A source ready to show: regulation references resolved from the registry. */
export interface Source {
  title: string;
  url: string;
  publisher: string;
  via?: string | undefined;
  accessed: Date;
  /** Status note of a regulation that was amended or revoked, shown after the entry. */
  catatan?: string | undefined;
}

export const isRegulationSource = (s: SourceInput): s is RegulationSourceRef => "regulasi" in s;
