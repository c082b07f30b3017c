// Kept out of recommend.ts, which pages load at start: only the lazily loaded result reports need this check.
import type { CaseSummary } from "./recommend";

/** Checks /studi-kasus/data.json before use (it arrives over the network): the fields the priorities read. */
export const isCaseList = (v: unknown): v is CaseSummary[] =>
  Array.isArray(v) &&
  v.every(
    (c) =>
      typeof c === "object" &&
      c !== null &&
      typeof c.id === "string" &&
      typeof c.title === "string" &&
      Array.isArray(c.themes) &&
      Array.isArray(c.partnerTypes),
  );
