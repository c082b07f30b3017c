import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { hoistIslandStyle } from "../lib/site/hoist-island-style";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
    ),
  );
  return nested.flat();
}

/** Moves Astro's island <style> from <body> into <head> in every built page (see hoistIslandStyle). */
export default function hoistIslandStyleIntegration(): AstroIntegration {
  return {
    name: "siapmitra:hoist-island-style",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, "utf8");
          const fixed = hoistIslandStyle(html);
          if (fixed !== html) await writeFile(file, fixed);
        }
      },
    },
  };
}
