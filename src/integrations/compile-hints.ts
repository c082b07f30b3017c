import type { AstroIntegration } from "astro";
import { EAGER_COMPILE_HINT, staticClosure, withCompileHint } from "../lib/site/compile-hints";

/**
 * Islands whose code runs as soon as a page loads, with the renderer that starts them. The questionnaire's takeover
 * was its page's longest script task, much of it V8 compiling functions on their first call
 * (tests/bench/questionnaire-start.ts).
 */
const STARTS_AT_LOAD = [
  /\/src\/islands\/assessment\/questionnaire\/AssessmentApp\.tsx$/,
  /@astrojs\/preact\/dist\/client\.js$/,
];

/**
 * Files smaller than this (characters of code before minification) are left alone: compiling them on first call costs
 * next to nothing, while the hint adds its bytes to every page that loads them (the register page's 25 KB budget).
 */
const MIN_HINTED_LENGTH = 3500;

const renderedLength = (modules: Record<string, { renderedLength: number }>) =>
  Object.values(modules).reduce((sum, m) => sum + m.renderedLength, 0);

/** Marks the files those islands need to start for eager, background compilation (lib/site/compile-hints.ts). */
export default function compileHints(): AstroIntegration {
  return {
    name: "siapmitra:compile-hints",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        /** The modules of the browser build that run when those islands start. */
        let start = new Set<string>();
        const hinted = (chunk: { moduleIds: readonly string[]; modules: Record<string, { renderedLength: number }> }) =>
          chunk.moduleIds.some((id) => start.has(id)) && renderedLength(chunk.modules) >= MIN_HINTED_LENGTH;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "siapmitra:compile-hints",
                apply: "build",
                // The browser's code only: the prerender build has an AssessmentApp of its own.
                applyToEnvironment: (environment) => environment.name === "client",
                buildEnd() {
                  const roots = [...this.getModuleIds()].filter((id) => STARTS_AT_LOAD.some((re) => re.test(id)));
                  start = staticClosure(roots, (id) => this.getModuleInfo(id)?.importedIds ?? []);
                },
                // The hint is part of the file name's hash, so a hinted file is named apart from its unhinted self.
                augmentChunkHash: (chunk) => (hinted(chunk) ? EAGER_COMPILE_HINT : undefined),
                // Last, after minification (which drops comments) and after Vite puts its preload map on top: V8
                // reads the hint only at the start of a file.
                generateBundle: {
                  order: "post",
                  handler(_options, bundle) {
                    for (const chunk of Object.values(bundle))
                      if (chunk.type === "chunk" && hinted(chunk)) chunk.code = withCompileHint(chunk.code);
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
