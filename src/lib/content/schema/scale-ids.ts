// The question banks' scale and viewpoint ids, kept apart from the zod schema so the browser can use them.

/**
 * What the five levels of a named scale measure (version 2 on): progress of a document or step, frequency of a
 * behaviour, extent to which something holds, and agreement, kept for perception statements only.
 */
export const scaleIds = ["kemajuan", "frekuensi", "sejauh", "persetujuan"] as const;
export type ScaleId = (typeof scaleIds)[number];

/** The one bank-wide `scale` of version 1 is an agreement scale; answers carry over only onto the same kind. */
export const legacyScaleId: ScaleId = "persetujuan";

/** Longest action line a recommendation may seed into the action plan, in words. */
export const maxActionWords = 20;

/** Who a statement is about: the answering agency itself, or the partnership and all its parties. */
export const viewpoints = ["instansi", "kemitraan"] as const;
