// The one place the tests, benchmarks and Lighthouse find Chromium and choose its flags.
import { existsSync } from "node:fs";

/** CHROME_PATH when set, else the system Chromium (Debian's package); undefined lets Playwright use its own. */
export function chromiumPath(): string | undefined {
  const candidates = [
    process.env["CHROME_PATH"],
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/**
 * Headless flags for a root user on a closed network: no sandbox (root), and no background traffic, which this
 * machine's network refuses and which would otherwise show up as failed requests.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
