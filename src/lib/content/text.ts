/** Lower-case URL slug: "Jawa Timur" → "jawa-timur", "DKI Jakarta" → "dki-jakarta". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Words in an MDX body, ignoring tags, JSX attributes, link targets and Markdown punctuation. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/[#*_>|`[\]-]+/g, " ");
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time at 200 words a minute (a moderate pace for Indonesian guidance), at least 1 minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
