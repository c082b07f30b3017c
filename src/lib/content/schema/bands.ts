/** The three score bands, shared by the question banks (zod, build time) and the scoring code (browser). */
export const bandIds = ["kekuatan", "perlu-dibahas", "perlu-perhatian"] as const;
export type BandId = (typeof bandIds)[number];
