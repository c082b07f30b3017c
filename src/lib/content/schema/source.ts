import { z } from "astro/zod";

/** A cited source: shown in a page's "Sumber" list and pointed at by `<Sumber n={k} />`. */
export const sourceSchema = z.object({
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
});

export type Source = z.infer<typeof sourceSchema>;
