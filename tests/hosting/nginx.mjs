// Starts real nginx with deploy/nginx.conf on 127.0.0.1 for the hosting tests and Lighthouse.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { writeNginxConf } from "../../deploy/render-nginx-conf.mjs";

/** @returns {string | undefined} the nginx binary, if installed */
export function nginxBinary() {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"];
  return dirs.map((d) => join(d, "nginx")).find((p) => existsSync(p));
}

/** @param {number} port */
function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first free port from `start` (parallel workers pass different starts). */
export async function freePort(start = 8080) {
  for (let port = start; port < start + 200; port++) if (await isFree(port)) return port;
  throw new Error(`no free port from ${start}`);
}

/** The base path a build was made for, read from the service worker registration in its home page. */
export function builtBase(root) {
  const html = readFileSync(join(root, "index.html"), "utf8");
  return /data-base="([^"]+)"/.exec(html)?.[1] ?? "/";
}

/**
 * @param {{ root: string; prefix?: string; portStart?: number }} options
 * @returns {Promise<{ origin: string; url: string; port: number; dir: string; log: () => string; stop: () => Promise<void> }>}
 */
export async function startNginx({ root, prefix = builtBase(root), portStart = 8080 }) {
  const bin = nginxBinary();
  if (!bin) throw new Error("nginx is not installed");
  if (!existsSync(join(root, "index.html"))) throw new Error(`${root}/index.html is missing: build first`);
  const dir = mkdtempSync(join(tmpdir(), "siapmitra-nginx-"));
  const port = await freePort(portStart);
  const conf = writeNginxConf({ root, port, prefix, dir, user: process.getuid?.() === 0 ? "root" : undefined });
  const child = spawn(bin, ["-c", conf, "-p", dir], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    try {
      await fetch(origin + prefix);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    url: origin + prefix,
    port,
    dir,
    log: () => stderr + (existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : ""),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
