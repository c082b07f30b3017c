import { z } from "astro/zod";
import { dimensionIds } from "./dimensions";
import { bandIds } from "./bands";

/** A published question bank in `content/assessment/<id>@<version>.yaml` (immutable once published). */
export const instrumentSchema = z
  .object({
    /** Bank id, the URL segment of /penilaian/<id>/. */
    id: z.enum(["kesiapan", "kesehatan"]),
    /** Version number; a change to a published bank is a new file with the next number. */
    version: z.number().int().min(1),
    /** Name shown to users. */
    title: z.string().min(5),
    /** Who the bank is for and when to use it. */
    description: z.string().min(20),
    /** `persiapan` before a partnership starts, `berjalan` during one. */
    stage: z.enum(["persiapan", "berjalan"]),
    /** Date this version was published. */
    published: z.coerce.date(),
    /** Labels of the 1–5 agreement scale. */
    scale: z
      .array(
        z.object({
          /** Score 1–5. */
          value: z.number().int().min(1).max(5),
          /** Label shown beside the radio button. */
          label: z.string().min(2),
        }),
      )
      .length(5),
    /** Documents that can back an answer. */
    evidence: z
      .array(
        z.object({
          /** Stable id. */
          id: z.string().regex(/^[a-z0-9-]+$/),
          /** Label shown beside the checkbox. */
          label: z.string().min(3),
        }),
      )
      .default([]),
    /** The eight dimensions, in display order. */
    dimensions: z
      .array(
        z.object({
          /** Stable id shared by all banks. */
          id: z.enum(dimensionIds),
          /** Full name. */
          name: z.string().min(3),
          /** Label for charts, at most 16 characters. */
          shortLabel: z.string().min(2).max(16),
          /** What the dimension covers. */
          description: z.string().min(10),
        }),
      )
      .length(8),
    /** The statements. */
    items: z
      .array(
        z.object({
          /** Stable id; never reused for another statement. */
          id: z.string().regex(/^[a-z0-9-]+$/),
          /** Dimension the item scores into. */
          dimension: z.enum(dimensionIds),
          /** First-person-plural statement to agree or disagree with. */
          statement: z.string().min(15),
          /** What a high score looks like. */
          help: z.string().min(15),
          /** Evidence ids offered under the item. */
          evidence: z.array(z.string()).default([]),
        }),
      )
      .min(8),
    /** Score bands, by minimum unrounded mean. */
    bands: z
      .array(
        z.object({
          /** Band id. */
          id: z.enum(bandIds),
          /** Label shown with the score. */
          label: z.string().min(3),
          /** Lowest mean in the band. */
          min: z.number().min(1).max(5),
        }),
      )
      .length(3),
    /** Advice per dimension and band. */
    recommendations: z.array(
      z.object({
        /** Dimension the advice is for. */
        dimension: z.enum(dimensionIds),
        /** Band the advice is for. */
        band: z.enum(bandIds),
        /** The advice. */
        text: z.string().min(20),
        /** Guide ids, optionally with #heading-anchor; checked at build time. */
        guides: z.array(z.string()).min(1),
      }),
    ),
  })
  .superRefine((bank, ctx) => {
    const ids = new Set<string>();
    const evidenceIds = new Set(bank.evidence.map((e) => e.id));
    bank.items.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `Id ganda: ${item.id}` });
      ids.add(item.id);
      item.evidence.forEach((e, j) => {
        if (!evidenceIds.has(e))
          ctx.addIssue({ code: "custom", path: ["items", i, "evidence", j], message: `Bukti tidak dikenal: ${e}` });
      });
    });
    const dims = bank.dimensions.map((d) => d.id).join(",");
    if (new Set(bank.dimensions.map((d) => d.id)).size !== 8)
      ctx.addIssue({ code: "custom", path: ["dimensions"], message: `Dimensi ganda: ${dims}` });
  });

export type Instrument = z.infer<typeof instrumentSchema>;
