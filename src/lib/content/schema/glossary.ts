import { z } from "astro/zod";
import { sourceSchema } from "./source";

/** One entry of `content/glossary.yaml`. */
export const glossarySchema = z.object({
  /** Anchor on /glosarium/ and the id used by `<Istilah id="…">`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The term as readers meet it. */
  term: z.string().min(2),
  /** Expansion when the term is an abbreviation. */
  abbreviation: z.string().optional(),
  /** Plain-language definition. */
  definition: z.string().min(20),
  /** Language of the term: `en` terms are marked lang="en". */
  lang: z.enum(["id", "en"]).default("id"),
  /** Guide that explains the term further. */
  relatedGuide: z.string().optional(),
  /** Source of a regulation-based definition. */
  source: sourceSchema.optional(),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
