import { z } from "astro/zod";
import { sourceSchema } from "./source";
import { dimensionIds } from "./dimensions";
import { caseStatuses, partnerTypes, schemes, sectors } from "./case-enums";

export { caseStatuses, partnerTypes, schemes, sectors } from "./case-enums";

/** Frontmatter of a case study in `content/cases/<slug>.mdx`. */
export const caseSchema = z
  .object({
    /** Name of the partnership. */
    title: z.string().min(3).max(90),
    /** One or two sentences for the list and search snippet. */
    summary: z.string().min(30).max(280),
    /** Main sector. */
    sector: z.enum(sectors),
    /** Kinds of partnership involved. */
    partnerTypes: z.array(z.enum(partnerTypes)).min(1),
    /** Provinces involved, or "Nasional". */
    regions: z.array(z.string().min(3)).min(1),
    /** Start year and, once over, end year. */
    years: z.object({
      /** Year the partnership started. */
      start: z.number().int().min(1945).max(2100),
      /** Year it ended or stopped; absent while running. */
      end: z.number().int().min(1945).max(2100).optional(),
    }),
    /** Cooperation scheme. */
    scheme: z.enum(schemes),
    /** Short citations of the legal basis (full titles go in sources). */
    legalBasis: z.array(z.string()).default([]),
    /** Where the partnership stands today. */
    status: z.enum(caseStatuses),
    /** Topic words for search. */
    tags: z.array(z.string().min(2)).default([]),
    /** Assessment dimensions this case teaches about (links it to recommendations). */
    themes: z.array(z.enum(dimensionIds)).min(1).max(3),
    /** Parties and what each did. */
    parties: z
      .array(
        z.object({
          /** Name of the institution. */
          name: z.string().min(2),
          /** Its role in the partnership. */
          role: z.string().min(2),
        }),
      )
      .min(2),
    /** Dated events, as precise as the source ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
    timeline: z
      .array(
        z.object({
          /** Date of the event. */
          date: z.union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), z.number().int()]).transform(String),
          /** What happened. */
          event: z.string().min(5),
        }),
      )
      .default([]),
    /** Results with figures, each tied to a source. */
    outcomes: z
      .array(
        z.object({
          /** What was measured. */
          label: z.string().min(3),
          /** The figure, in Indonesian format. */
          value: z.string().min(1),
          /** Year the figure refers to. */
          year: z.number().int().min(1945).max(2100),
          /** 1-based index into `sources`. */
          source: z.number().int().min(1),
        }),
      )
      .default([]),
    /** Guides this case illustrates; they list it back. */
    relatedGuides: z.array(z.string()).min(1),
    /** Sources, at least one. */
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((data, ctx) => {
    data.outcomes.forEach((outcome, i) => {
      if (outcome.source > data.sources.length) {
        ctx.addIssue({
          code: "custom",
          path: ["outcomes", i, "source"],
          message: `Sumber nomor ${outcome.source} tidak ada (hanya ${data.sources.length} sumber).`,
        });
      }
    });
    if (data.years.end !== undefined && data.years.end < data.years.start) {
      ctx.addIssue({ code: "custom", path: ["years", "end"], message: "Tahun selesai sebelum tahun mulai." });
    }
  });

export type CaseData = z.infer<typeof caseSchema>;
