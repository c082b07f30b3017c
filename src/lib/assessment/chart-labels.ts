// A chart label broken into lines at spaces, so a radar's point labels stay narrow enough to fit beside a small chart.

/** "Kebutuhan, mitra" → ["Kebutuhan,", "mitra"]; a label within `max` characters, or a single word, stays whole. */
export function wrapLabel(label: string, max = 10): string | string[] {
  const words = label.split(/\s+/).filter(Boolean);
  if (label.length <= max || words.length < 2) return label;
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
