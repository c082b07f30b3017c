/** Plain text of an MDX fragment: tags, JSX expressions, link targets and Markdown punctuation removed. */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\{[^{}]*\}/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*#{1,6}\s+/gm, "")
    .replace(/[*_`>|]+/g, " ")
    .replace(/^\s*[-+]\s+/gm, "")
    .replace(/^\s*:?-{3,}:?\s*$/gm, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cuts a text to at most `max` characters at a word boundary, adding "…" when cut. */
export function clip(text: string, max = 200): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "") + "…";
}
