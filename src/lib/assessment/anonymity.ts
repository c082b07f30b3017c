// The anonymous comparison's threshold: how many respondents must be loaded before per-dimension figures show.
export const ANONYMITY_DEFAULT = 3;
/** The highest threshold a facilitator may choose. */
export const ANONYMITY_MAX = 5;
export const clampThreshold = (n: number): number =>
  Number.isInteger(n) ? Math.min(ANONYMITY_MAX, Math.max(ANONYMITY_DEFAULT, n)) : ANONYMITY_DEFAULT;
