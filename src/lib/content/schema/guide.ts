import { z } from "astro/zod";
import { sourceSchema } from "./source";

export const guideSections = ["pendahuluan", "manfaat", "tantangan", "langkah", "alat"] as const;
export type GuideSection = (typeof guideSections)[number];

/** Frontmatter of a guide in `content/guides/<slug>.mdx`. */
export const guideSchema = z.object({
  /** Page title (the h1). */
  title: z.string().min(5).max(90),
  /** One sentence for search results and link previews. */
  description: z.string().min(30).max(160),
  /** Which section of /panduan/ the guide belongs to. */
  section: z.enum(guideSections),
  /** Position within the section (1 first). */
  order: z.number().int().min(1),
  /** Date the guide was last reviewed. */
  updated: z.coerce.date(),
  /** Topic words, used by search and related lists. */
  tags: z.array(z.string().min(2)).default([]),
  /** Ids of guides to read next; each must exist. */
  related: z.array(z.string()).default([]),
  /** Sources pointed at by `<Sumber n={k} />`, in order. */
  sources: z.array(sourceSchema).default([]),
  /** A draft is left out of the build. */
  draft: z.boolean().default(false),
});

export type GuideData = z.infer<typeof guideSchema>;
