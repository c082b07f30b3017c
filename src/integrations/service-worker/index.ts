// Writes <outDir>/sw.js after the build: the worker in ./sw.ts, bundled, with the base path, what it may cache ahead
// (the shell and the questionnaire group, discovered from the built files so hashed chunk names are never written by
// hand) and a version that changes whenever any built file changes (a new version makes browsers install the new
// worker and refresh what they had cached). The build fails when the shell grows past its budget.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build, type Rolldown } from "vite";
import { precachePlan, shellBudgetBytes, type PrecachePlan } from "../../lib/offline/precache";

const entry = fileURLToPath(new URL("./sw.ts", import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".")) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function bundle(config: { version: string; base: string } & PrecachePlan): Promise<string> {
  const result = await build({
    configFile: false,
    envFile: false,
    logLevel: "silent",
    root: fileURLToPath(new URL(".", import.meta.url)),
    define: { __SW_CONFIG__: JSON.stringify(config) },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ["iife"], name: "siapmitraSw", fileName: () => "sw.js" },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === "chunk");
  if (!chunk || chunk.type !== "chunk") throw new Error("service worker: bundling produced no code");
  return chunk.code;
}

export default function serviceWorker(): AstroIntegration {
  let base = "/";
  return {
    name: "siapmitra-service-worker",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = walk(root)
          .map((file) => relative(root, file).split(sep).join("/"))
          .filter((file) => file !== "sw.js")
          .sort();
        const read = (file: string) => readFileSync(join(root, file), "utf8");
        const plan = precachePlan({ files, read, base });
        // Pages are stored as "dir/" URLs; their file is dir/index.html.
        const fileOf = (url: string) => decodeURI(url.slice(base.length)).replace(/(^|\/)$/, "$1index.html");
        const shellBytes = plan.shell.reduce((n, url) => n + gzipSync(readFileSync(join(root, fileOf(url)))).length, 0);
        if (shellBytes > shellBudgetBytes)
          throw new Error(
            `service worker: the shell is ${shellBytes} B gzip, over its budget of ${shellBudgetBytes} B: ${plan.shell.join(", ")}`,
          );
        const hash = createHash("sha256");
        for (const file of files)
          hash
            .update(file)
            .update("\0")
            .update(readFileSync(join(root, file)));
        const version = hash.digest("base64url").slice(0, 16);
        writeFileSync(join(root, "sw.js"), await bundle({ version, base, ...plan }));
        const groups = plan.groups.map((g) => `${g.scope} ${g.urls.length} berkas`).join(", ");
        logger.info(
          `sw.js: versi ${version}; saat dipasang ${plan.shell.length} berkas (${(shellBytes / 1024).toFixed(1).replace(".", ",")} KB gzip); saat dibuka: ${groups}`,
        );
      },
    },
  };
}
