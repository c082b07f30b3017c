import { defineConfig } from "vitest/config";

// Checks over dist/ (budgets, CSP, HTML validity, links). DIST_DIR selects another build (e.g. the base-path one).
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/dist/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
