/**
 * Astro writes the island display rule as a <style> right before the first island in <body>, which is not valid
 * HTML (style belongs in <head>). Moving the same text into <head> keeps its CSP hash and its effect.
 */
const islandStyle = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

export function hoistIslandStyle(html: string): string {
  const match = islandStyle.exec(html);
  const headEnd = html.indexOf("</head>");
  if (!match || headEnd < 0 || match.index < headEnd) return html;
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return without.slice(0, headEnd) + match[0] + without.slice(headEnd);
}
