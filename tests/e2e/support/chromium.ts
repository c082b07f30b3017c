import { existsSync } from "node:fs";

/** The system Chromium when present (Debian's package); otherwise Playwright's own browser, if installed. */
export function chromiumPath(): string | undefined {
  const candidates = [
    process.env.CHROME_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
