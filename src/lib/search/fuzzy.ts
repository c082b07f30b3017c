// Typo tolerance over the index's vocabulary. A query word that no indexed word equals or starts with is compared
// with the indexed words of about its length, allowing as many edits as the old fuse threshold (0.2) did: none up
// to four letters, one from five, two from ten. Comparing whole words (not a pattern inside a long field, as fuse
// did over the records) keeps the pass exact and well under a millisecond.

/** Edits allowed for a word of this length. */
export function maxEdits(length: number): number {
  return length <= 4 ? 0 : length < 10 ? 1 : 2;
}

/**
 * The optimal-string-alignment distance between a and b (insertions, deletions, substitutions, swaps of two
 * neighbours), or max + 1 as soon as it must exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** Words grouped by length, so a lookup compares only words that could be close enough. */
export function byLength(words: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const list = out.get(w.length) ?? [];
    list.push(w);
    out.set(w.length, list);
  }
  return out;
}

/** The words closest to `word` within `max` edits (all those at the smallest distance found). */
export function nearestWords(
  word: string,
  words: ReadonlyMap<number, readonly string[]>,
  max = maxEdits(word.length),
): string[] {
  let best = max + 1;
  let out: string[] = [];
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const w of words.get(len) ?? []) {
      // Typos rarely touch the first letter; checking it first skips most words cheaply.
      if (max > 0 && w[0] !== word[0] && w[1] !== word[1]) continue;
      const d = editDistance(word, w, Math.min(max, best));
      if (d < best) [best, out] = [d, [w]];
      else if (d === best && d <= max) out.push(w);
    }
  }
  return best <= max ? out : [];
}
