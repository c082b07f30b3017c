// Hashes of the is:inline scripts, for the CSP meta tag. Each inline script is one file in this folder; the layout
// inlines the file's text minified by minify.mjs, so the hash of that output is the hash the browser computes.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { minifyInline } from "./minify.mjs";

const folder = fileURLToPath(new URL(".", import.meta.url));

/** @returns {`sha256-${string}`[]} */
export function inlineScriptHashes() {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".js"))
    .map((name) => {
      const text = minifyInline(readFileSync(folder + name, "utf8"));
      return /** @type {`sha256-${string}`} */ ("sha256-" + createHash("sha256").update(text).digest("base64"));
    });
}
