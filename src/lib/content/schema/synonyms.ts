import { z } from "astro/zod";

/** One group of `content/search/synonyms.yaml`: terms a reader may use for the same thing. */
export const synonymGroupSchema = z.object({
  /** Group number (set by the loader). */
  id: z.string(),
  /** Equivalent terms, lower case. */
  terms: z.array(z.string().min(2)).min(2),
  /** Why the terms are equivalent (for reviewers). */
  note: z.string().min(3),
});

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
