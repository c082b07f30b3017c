// Inline scripts ship minified: they count against every page's 3 KB inline budget. The layout inlines
// minifyInline(file text) and hashes.mjs hashes the same output, so the CSP hash always matches the bytes sent.
import { transformSync } from "esbuild";

/** @param {string} text @returns {string} */
export const minifyInline = (text) => transformSync(text, { minify: true, target: "es2020" }).code;
