/**
 * Posting lists as short ASCII strings (JSON needs no escapes for them and gzip packs them well): for each unit
 * that holds a term, the gap to the previous unit as a base-32 varint, then one character for the term's weight
 * in that unit. Digit values 0–31 ("0"–"V") end a number; 32–63 ("W"–"_") continue it (5 bits each, low first).
 */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Weights are stored in this many steps (fewer steps compress better; ranking needs no more). */
export const WEIGHT_STEPS = 12;
/** The largest weight a posting can carry (BM25's saturated term frequency tops out at k1 + 1). */
export const WEIGHT_MAX = 3.5;

export interface Postings {
  /** Unit indices, ascending. */
  units: Int32Array;
  /** The term's weight in each unit (saturated, field-weighted term frequency). */
  weights: Float32Array;
}

export const emptyPostings: Postings = { units: new Int32Array(0), weights: new Float32Array(0) };

/** Quantises a weight to its stored step (1 … WEIGHT_STEPS; every posting keeps at least the first step). */
export function weightStep(weight: number): number {
  return Math.min(WEIGHT_STEPS, Math.max(1, Math.round((weight / WEIGHT_MAX) * WEIGHT_STEPS)));
}

function varint(n: number): string {
  let out = "";
  let v = n;
  while (v >= 32) {
    out += ALPHABET[32 + (v & 31)];
    v = Math.floor(v / 32);
  }
  return out + ALPHABET[v];
}

/** Encodes (unit, weight) pairs; units must be ascending and distinct. */
export function encodePostings(entries: readonly (readonly [unit: number, weight: number])[]): string {
  let prev = -1;
  let out = "";
  for (const [unit, weight] of entries) {
    if (unit <= prev) throw new Error("Posting units must be ascending");
    out += varint(unit - prev - 1) + ALPHABET[weightStep(weight)];
    prev = unit;
  }
  return out;
}

/**
 * Decodes a posting list and shifts its units by `offset` (a shard's first unit in the engine). Malformed input
 * (from the network) yields the postings read so far, never an exception; units at or past `limit` are dropped.
 */
export function decodePostings(text: string, offset = 0, limit = Number.MAX_SAFE_INTEGER): Postings {
  const units: number[] = [];
  const weights: number[] = [];
  let unit = -1;
  let i = 0;
  while (i < text.length) {
    let gap = 0;
    let scale = 1;
    let v = VALUE[text.charCodeAt(i++)] ?? -1;
    while (v >= 32) {
      gap += (v - 32) * scale;
      scale *= 32;
      v = VALUE[text.charCodeAt(i++)] ?? -1;
    }
    const step = VALUE[text.charCodeAt(i++)] ?? -1;
    if (v < 0 || step < 0) break;
    unit += gap + v * scale + 1;
    if (unit + offset >= limit) break;
    units.push(unit + offset);
    weights.push((step / WEIGHT_STEPS) * WEIGHT_MAX);
  }
  return { units: Int32Array.from(units), weights: Float32Array.from(weights) };
}
