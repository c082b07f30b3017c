// Debian's Chromium for the hosting measurements (Lighthouse, bench:visit), started quietly: without the
// background-networking flags it fires requests that this network refuses, and as root it needs --no-sandbox.
import { existsSync } from "node:fs";

export const quietChromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** @returns {string | undefined} the Chromium binary, if installed */
export function chromiumBinary() {
  return [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
}
