// Dictionary sentences with links inside them: "Buka <riwayat>riwayat penilaian</riwayat> perangkat ini." The tag
// names a link the caller supplies, so a translator can move the link within the sentence without touching code.

export type RichPart = { text: string } | { text: string; href: string } | { text: string; strong: true };

const TAG = /<(\w+)>([^<]*)<\/\1>/g;

/** Splits a sentence into text, links (tags named in `links`) and <strong> runs; an unknown tag stays as text. */
export function richParts(template: string, links: Readonly<Record<string, string>> = {}): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const m of template.matchAll(TAG)) {
    const [whole, name = "", inner = ""] = m;
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    if (name === "strong") parts.push({ text: inner, strong: true });
    else if (Object.hasOwn(links, name)) parts.push({ text: inner, href: links[name]! });
    else parts.push({ text: whole });
    last = m.index + whole.length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
