// Inline scripts ship minified: they count against every page's 3 KB inline budget. The layout inlines
// minifyInline(file text) and hashes.mjs hashes the same output, so the CSP hash always matches the bytes sent.
import { transformSync } from "esbuild";

/** @type {Map<string, string>} */
const minified = new Map();

/**
 * Memoized: the layout calls it on every page, and esbuild took ±2 ms a call (half a second of a build).
 * @param {string} text @returns {string}
 */
export function minifyInline(text) {
  let code = minified.get(text);
  if (code === undefined) {
    code = transformSync(text, { minify: true, target: "es2020" }).code;
    minified.set(text, code);
  }
  return code;
}
