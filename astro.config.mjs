// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { inlineScriptHashes } from "./src/scripts/inline/hashes.mjs";

// An agency can host the site under its own domain and a sub-path (e.g. BASE_PATH=/kemitraan/).
const site = process.env.SITE_URL || "https://siapmitra.example.id";
const base = process.env.BASE_PATH || "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), preact(), sitemap()],
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
    build: { assetsInlineLimit: 0 },
  },
});
