import type { CaseRecord } from "./facets";

const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isYear = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1945 && v <= 2100;
const SLUG = /^[a-z0-9-]+$/;

function isRecord(v: unknown): v is CaseRecord {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isString(r["id"]) &&
    SLUG.test(r["id"]) &&
    isString(r["title"]) &&
    isString(r["summary"]) &&
    isString(r["sector"]) &&
    isStrings(r["partnerTypes"]) &&
    isStrings(r["regions"]) &&
    isString(r["scheme"]) &&
    isString(r["status"]) &&
    isYear(r["start"]) &&
    (r["end"] === undefined || (isYear(r["end"]) && r["end"] >= r["start"])) &&
    isStrings(r["themes"]) &&
    isStrings(r["tags"])
  );
}

/**
 * Checks /studi-kasus/data.json before use (it arrives over the network, so it is not trusted): the records, or
 * null when anything is malformed, and the explorer then keeps the static list.
 */
export function parseCaseRecords(json: unknown): CaseRecord[] | null {
  if (!Array.isArray(json) || !json.every(isRecord)) return null;
  const ids = new Set(json.map((r) => r.id));
  return ids.size === json.length ? json : null;
}
