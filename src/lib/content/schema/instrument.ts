import { z } from "astro/zod";
import { dimensionIds } from "./dimensions";
import { bandIds } from "./bands";
import { maxActionWords, scaleIds, viewpoints } from "./scale-ids";

export { legacyScaleId, maxActionWords, scaleIds, viewpoints, type ScaleId } from "./scale-ids";

const idPattern = /^[a-z0-9-]+$/;

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

const namedScaleSchema = z
  .object({
    /** What the scale measures; an item names it in `scale`. */
    id: z.enum(scaleIds),
    /** Name of the scale, e.g. "Tahap kemajuan". */
    name: z.string().min(3),
    /** Short prompt shown above the options, e.g. "Sampai tahap mana hal ini?". */
    question: z.string().min(5),
    /** Exactly five levels, values 1 to 5 in order, lowest first. */
    levels: z.array(
      z.object({
        /** Score 1–5. */
        value: z.number().int().min(1).max(5),
        /** Label shown beside the radio button. */
        label: z.string().min(2),
        /** One line, shown to users, on what choosing this level means. */
        meaning: z.string().min(10),
      }),
    ),
  })
  .superRefine((scale, ctx) => {
    const values = scale.levels.map((l) => l.value).join(", ");
    if (values !== "1, 2, 3, 4, 5")
      ctx.addIssue({
        code: "custom",
        path: ["levels"],
        message: `Skala "${scale.id}" harus memiliki tepat lima tingkat bernilai 1 sampai 5, berurutan dari yang terendah (tertulis: ${values || "tidak ada"}).`,
      });
  });

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
    /** Version 1 only: labels of the one 1–5 agreement scale every item is answered on. */
    scale: z
      .array(
        z.object({
          /** Score 1–5. */
          value: z.number().int().min(1).max(5),
          /** Label shown beside the radio button. */
          label: z.string().min(2),
        }),
      )
      .length(5)
      .optional(),
    /** Version 2 on, instead of `scale`: the named scales items are answered on, each with labelled levels. */
    scales: z.array(namedScaleSchema).min(1).optional(),
    /**
     * Version 2 on: the instruction shown before the first statement, one short paragraph per entry (who "Kami"
     * is, when to choose "Tidak berlaku", "Tidak tahu" or the lowest level, and whom to answer for).
     */
    petunjuk: z.array(z.string().min(20)).min(3).max(6).optional(),
    /** Documents that can back an answer. */
    evidence: z
      .array(
        z.object({
          /** Stable id. */
          id: z.string().regex(idPattern),
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
          /** Stable id; never reused for another statement or another scale. */
          id: z.string().regex(idPattern),
          /** Dimension the item scores into. */
          dimension: z.enum(dimensionIds),
          /** The statement, worded to read naturally under its scale's question. */
          statement: z.string().min(15),
          /** Version 1: what a high score looks like. Version 2: what levels 4 and 5 look like for this item. */
          help: z.string().min(15),
          /** Evidence ids offered under the item. */
          evidence: z.array(z.string()).default([]),
          /** Version 2 on (required there): id of the scale in `scales` the item is answered on. */
          scale: z.enum(scaleIds).optional(),
          /** Version 2 on (required there): about the answering agency itself, or about the partnership. */
          sudut: z.enum(viewpoints).optional(),
          /** `false` withholds the "Tidak berlaku" option (required on key items); offered when absent. */
          tidakBerlaku: z.boolean().optional(),
        }),
      )
      .min(8),
    /**
     * Key items: an answer at the lowest two levels caps the item's dimension and the overall verdict. Each must be
     * an item of this bank with `tidakBerlaku: false`.
     */
    butirKunci: z.array(z.string().regex(idPattern)).default([]),
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
    /** Advice per dimension and band (version 2: one for every dimension × band). */
    recommendations: z.array(
      z.object({
        /** Dimension the advice is for. */
        dimension: z.enum(dimensionIds),
        /** Band the advice is for. */
        band: z.enum(bandIds),
        /** The advice. */
        text: z.string().min(20),
        /**
         * Version 2 on (required there): one imperative line that starts with a verb, at most 20 words, seeded
         * into the action plan.
         */
        aksi: z.string().min(10).optional(),
        /** Guide ids, optionally with #heading-anchor; checked at build time. */
        guides: z.array(z.string()).min(1),
      }),
    ),
    /**
     * Answers that carry over from an earlier version: only items unchanged in meaning and on the same kind of
     * scale. Checked against the earlier file at build time (src/lib/content/bank-mapping.ts).
     */
    pemetaan: z
      .object({
        /** The earlier version the answers come from. */
        dari: z.number().int().min(1),
        /** Item id in that version → item id in this one. */
        butir: z.record(z.string().regex(idPattern), z.string().regex(idPattern)),
      })
      .optional(),
  })
  .superRefine((bank, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const ids = new Set<string>();
    const evidenceIds = new Set(bank.evidence.map((e) => e.id));
    bank.items.forEach((item, i) => {
      if (ids.has(item.id)) issue(["items", i, "id"], `Id ganda: ${item.id}`);
      ids.add(item.id);
      item.evidence.forEach((e, j) => {
        if (!evidenceIds.has(e)) issue(["items", i, "evidence", j], `Bukti tidak dikenal: ${e}`);
      });
    });
    const dims = bank.dimensions.map((d) => d.id).join(",");
    if (new Set(bank.dimensions.map((d) => d.id)).size !== 8) issue(["dimensions"], `Dimensi ganda: ${dims}`);

    checkScales(bank, issue);

    const items = new Map(bank.items.map((item) => [item.id, item]));
    const keys = new Set<string>();
    bank.butirKunci.forEach((id, i) => {
      const item = items.get(id);
      if (keys.has(id)) issue(["butirKunci", i], `Butir kunci ganda: "${id}".`);
      keys.add(id);
      if (!item) issue(["butirKunci", i], `Butir kunci tidak dikenal: "${id}" bukan butir bank ini.`);
      else if (item.tidakBerlaku !== false)
        issue(
          ["butirKunci", i],
          `Butir kunci "${id}" tidak boleh menawarkan pilihan "Tidak berlaku": tambahkan tidakBerlaku: false.`,
        );
    });

    const pairs = new Set<string>();
    bank.recommendations.forEach((r, i) => {
      const pair = `${r.dimension} × ${r.band}`;
      if (pairs.has(pair)) issue(["recommendations", i], `Rekomendasi ganda untuk ${pair}.`);
      pairs.add(pair);
      if (r.aksi !== undefined && wordCount(r.aksi) > maxActionWords)
        issue(
          ["recommendations", i, "aksi"],
          `Aksi untuk ${pair} terlalu panjang: ${wordCount(r.aksi)} kata (paling banyak ${maxActionWords}).`,
        );
    });

    if (bank.pemetaan) {
      const { dari, butir } = bank.pemetaan;
      if (dari >= bank.version)
        issue(["pemetaan", "dari"], `Pemetaan harus dari versi sebelumnya (dari: ${dari}, versi: ${bank.version}).`);
      const targets = new Set<string>();
      for (const [from, to] of Object.entries(butir)) {
        if (!items.has(to))
          issue(["pemetaan", "butir", from], `Pemetaan "${from}" menuju butir yang tidak dikenal: "${to}".`);
        if (targets.has(to)) issue(["pemetaan", "butir", from], `Butir "${to}" menjadi tujuan lebih dari satu pemetaan.`);
        targets.add(to);
      }
    }
  });

type BankInput = z.infer<typeof instrumentSchema>;
type Issue = (path: (string | number)[], message: string) => void;

/** `scale` (version 1) or `scales` (version 2 on), and the fields version 2 makes required. */
function checkScales(bank: BankInput, issue: Issue): void {
  if (bank.scale && bank.scales) issue(["scales"], "Pakai salah satu saja: scale (versi 1) atau scales (versi 2).");
  if (!bank.scales) {
    if (!bank.scale) issue(["scale"], "Bank tidak memiliki skala jawaban: isi scale (versi 1) atau scales (versi 2).");
    else if (bank.version >= 2) issue(["scales"], `Versi ${bank.version} harus memakai scales, bukan scale.`);
    bank.items.forEach((item, i) => {
      if (item.scale) issue(["items", i, "scale"], `Butir "${item.id}" menyebut skala, tetapi bank tidak memiliki scales.`);
    });
    return;
  }
  if (bank.version < 2) issue(["scales"], "scales dipakai mulai versi 2; versi 1 memakai scale.");
  const scaleIdsInBank = new Set<string>();
  bank.scales.forEach((s, i) => {
    if (scaleIdsInBank.has(s.id)) issue(["scales", i, "id"], `Skala ganda: "${s.id}".`);
    scaleIdsInBank.add(s.id);
  });
  if (!bank.petunjuk) issue(["petunjuk"], "Bank dengan scales wajib memiliki petunjuk pengisian.");
  if (bank.butirKunci.length === 0) issue(["butirKunci"], "Bank dengan scales wajib menandai butir kunci.");
  bank.items.forEach((item, i) => {
    if (!item.scale) issue(["items", i, "scale"], `Butir "${item.id}" belum menyebut skala.`);
    else if (!scaleIdsInBank.has(item.scale))
      issue(["items", i, "scale"], `Butir "${item.id}" memakai skala yang tidak ada di bank ini: "${item.scale}".`);
    if (!item.sudut) issue(["items", i, "sudut"], `Butir "${item.id}" belum menyebut sudut (instansi atau kemitraan).`);
  });
  const pairs = new Set(bank.recommendations.map((r) => `${r.dimension} × ${r.band}`));
  for (const d of dimensionIds)
    for (const b of bandIds)
      if (!pairs.has(`${d} × ${b}`)) issue(["recommendations"], `Rekomendasi untuk ${d} × ${b} belum ada.`);
  bank.recommendations.forEach((r, i) => {
    if (r.aksi === undefined) issue(["recommendations", i, "aksi"], `Rekomendasi ${r.dimension} × ${r.band} belum memiliki aksi.`);
  });
}

export type Instrument = z.infer<typeof instrumentSchema>;
