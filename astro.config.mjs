// @ts-check
import path from "node:path";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { inlineScriptHashes } from "./src/scripts/inline/hashes.mjs";
import searchDirective from "./src/integrations/search-directive.ts";
import hoistIslandStyle from "./src/integrations/hoist-island-style.ts";
import serviceWorker from "./src/integrations/service-worker/index.ts";
import compileHints from "./src/integrations/compile-hints.ts";

// An agency can host the site under its own domain and a sub-path (e.g. BASE_PATH=/kemitraan/).
const site = process.env.SITE_URL || "https://siapmitra.example.id";
const base = process.env.BASE_PATH || "/";

// Astro 7 puts its .prerender scratch folder inside outDir only when outDir is under the project folder; otherwise
// it falls back to ./.astro/, which parallel builds would share. So an outside OUT_DIR maps to ./dist-<name>.
function outDir() {
  const wanted = process.env.OUT_DIR || "./dist";
  if (!path.isAbsolute(wanted) || wanted.startsWith(process.cwd() + path.sep)) return wanted;
  const mapped = `./dist-${path.basename(wanted)}`;
  console.warn(`[siapmitra] OUT_DIR ${wanted} is outside the project: using ${mapped} instead.`);
  return mapped;
}

// Rolldown warns, once per MDX entry, that Astro's own "use astro:head-inject" marker may not survive bundling. Nothing
// reads that marker after bundling (head propagation rides on module metadata), so the 48 boxed warnings are noise
// (withastro/astro#18087). Only that exact code and marker is dropped; every other log reaches Vite's handler.
/** @type {NonNullable<NonNullable<import("vite").BuildEnvironmentOptions["rolldownOptions"]>["onLog"]>} */
function dropHeadInjectDirectiveWarning(level, log, handler) {
  if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
}

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Separate output and cache folders let a base-path build and parallel builds coexist.
  outDir: outDir(),
  cacheDir: process.env.ASTRO_CACHE_DIR || "./node_modules/.astro",
  build: { format: "directory" },
  integrations: [
    mdx(),
    // Only .tsx files hold JSX: without this, @preact/preset-vite runs Babel over every .ts module too (about 1 s
    // of a 10 s build, identical output).
    preact({ include: ["**/*.tsx"] }),
    sitemap({ filter: (page) => !page.includes("/offline/") }),
    // Runs before the service worker, which fingerprints the final HTML.
    hoistIslandStyle(),
    serviceWorker(),
    searchDirective(),
    compileHints(),
  ],
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      // is:inline scripts are not hashed by Astro: each lives in its own file and is hashed here.
      scriptDirective: { hashes: inlineScriptHashes() },
      styleDirective: {
        resources: [{ resource: "'unsafe-inline'", kind: "attribute" }],
      },
    },
  },
  markdown: { syntaxHighlight: false },
  vite: {
    build: { assetsInlineLimit: 0, rolldownOptions: { onLog: dropHeadInjectDirectiveWarning } },
  },
});
