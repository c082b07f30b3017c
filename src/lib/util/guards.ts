// Type guards for values read back from storage, files, links or the network: nothing there is trusted as typed.

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export const isString = (v: unknown): v is string => typeof v === "string";

/** A string of at most `max` UTF-16 code units. */
export const isText = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;

/** The ids the site writes: bank, item, evidence, result and row ids. */
export const SLUG_ID = /^[a-z0-9-]{1,80}$/;

export const isSlugId = (v: unknown): v is string => typeof v === "string" && SLUG_ID.test(v);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** An instant as toISOString writes it ("2026-11-28T03:15:00.000Z"): timestamps of results and register entries. */
export const isInstant = (v: unknown): v is string =>
  typeof v === "string" && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v));
