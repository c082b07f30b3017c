// Text as a CSS string literal, for a custom property a stylesheet reads with var() (e.g. in a printed page's
// margin box). Quotes and backslashes are escaped and line breaks flattened, so user text can never end the string.
export function cssString(text: string): string {
  const flat = text.replace(/[\r\n\t\f]+/g, " ");
  return `"${flat.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * A CSS `content` value from a sentence with counter placeholders: "Halaman {page} dari {pages}" with
 * { page: "page", pages: "pages" } → `"Halaman " counter(page) " dari " counter(pages)`. Unknown placeholders stay text.
 */
export function cssContent(template: string, counters: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  let text = "";
  for (const piece of template.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    const counter = name !== undefined && Object.hasOwn(counters, name) ? counters[name] : undefined;
    if (counter === undefined || !/^[a-z-]+$/.test(counter)) {
      text += piece;
      continue;
    }
    if (text) parts.push(cssString(text));
    parts.push(`counter(${counter})`);
    text = "";
  }
  if (text) parts.push(cssString(text));
  return parts.join(" ");
}
