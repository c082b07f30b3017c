import { z } from "astro/zod";
import { bandIds } from "./bands";
import { dimensionIds } from "./dimensions";

const itemId = z.string().regex(/^[a-z0-9-]+$/);

/**
 * Additions for a bank version published before key items and action lines existed
 * (`content/assessment/supplement/<id>@<version>.yaml`, named after the version it adds to). The published file stays byte-identical; these apply when it is scored.
 */
export const bankSupplementSchema = z.object({
  /** Key items (butir kunci) of that version: answered 1 or 2, they cap their dimension and the overall band. */
  butirKunci: z.array(itemId).default([]),
  /** Action lines for the version's recommendations, keyed "dimension/band": a verb first, at most 20 words. */
  aksi: z
    .record(
      z.string().regex(new RegExp(`^(${dimensionIds.join("|")})/(${bandIds.join("|")})$`)),
      z
        .string()
        .min(10)
        .refine((s) => s.trim().split(/\s+/).length <= 20, "Baris aksi paling banyak 20 kata."),
    )
    .default({}),
});

export type BankSupplement = z.infer<typeof bankSupplementSchema>;
