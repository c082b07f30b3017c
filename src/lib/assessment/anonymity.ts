// The anonymous comparison's threshold: how many respondents must be loaded before per-dimension figures show.
export const ANONYMITY_DEFAULT = 3;
export const clampThreshold = (n: number): number =>
  Number.isInteger(n) ? Math.min(5, Math.max(3, n)) : ANONYMITY_DEFAULT;
