import eslintPluginAstro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

/** src/lib is pure logic: it renders nothing, so it may not reach for a framework, the page or the UI's words. */
export const libBoundaries = {
  files: ["src/lib/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["preact", "preact/*", "@preact/*"], message: "src/lib is framework-free: no Preact." },
          // Content schemas are zod schemas for the build; astro/zod is the one Astro module lib may use.
          { regex: "^astro($|:|/(?!zod$))", message: "src/lib may not import Astro." },
          {
            group: ["**/islands/**", "**/components/**", "**/pages/**", "**/layouts/**"],
            message: "src/lib may not import the UI; the UI imports lib.",
          },
          {
            group: ["**/i18n", "**/i18n/**"],
            message: "src/lib returns codes and parameters, never sentences: render them with t() in the UI.",
          },
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      ...["document", "window", "location", "history", "HTMLElement", "Element", "Node", "Event"].map((name) => ({
        name,
        message: "src/lib has no DOM: take what you need as a parameter.",
      })),
    ],
  },
};

export default [
  {
    ignores: ["dist/", "dist-*/", ".astro/", "node_modules/", "test-results/", "playwright-report/", "reports/"],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  libBoundaries,
  {
    // The search index is built from content at build time and indexes the labels readers search for.
    files: ["src/lib/search/build/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];
