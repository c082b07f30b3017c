import type {} from "vitest/config";
import { getViteConfig } from "astro/config";

// Unit tests (pure functions, content files, Container API) run in Node. Tests over the built site live in
// tests/dist and run after `astro build` (see tests/run-all.sh).
export default getViteConfig({
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
