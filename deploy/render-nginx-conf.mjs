#!/usr/bin/env node
// Renders deploy/nginx.conf into a complete nginx.conf for a given build folder, port and sub-path, runnable by an
// unprivileged `nginx -c <file>` (pid, logs and temp files in a scratch folder). Used by the hosting tests and
// Lighthouse; handy to try a build locally:
//   node deploy/render-nginx-conf.mjs --root dist --port 8080 --prefix /kemitraan/ --out /tmp/siapmitra-nginx
//   nginx -c /tmp/siapmitra-nginx/nginx.conf     (stop: nginx -c … -s quit)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const template = fileURLToPath(new URL("./nginx.conf", import.meta.url));

/** Finds Debian's (or any) mime.types next to the nginx binary's usual config folders. */
function mimeTypes() {
  return ["/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types", "/opt/homebrew/etc/nginx/mime.types"].find((p) =>
    existsSync(p),
  );
}

/**
 * @param {{ root: string; port: number; prefix: string; dir: string; user?: string }} options
 *   root: build folder; prefix: sub-path such as "/kemitraan/" or "/"; dir: scratch folder for pid, logs, temp.
 * @returns {string} the config text
 */
export function renderNginxConf({ root, port, prefix, dir, user }) {
  if (!prefix.startsWith("/") || !prefix.endsWith("/"))
    throw new Error(`prefix must start and end with "/": ${prefix}`);
  const types = mimeTypes();
  let site = readFileSync(template, "utf8")
    .replaceAll("/var/www/siapmitra/", resolve(root) + "/")
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/\n\s*listen \[::\]:80;/, "");
  // At the root there is no "/kemitraan" → "/kemitraan/" redirect to make.
  if (prefix === "/") site = site.replace(/\n\s*location = \/kemitraan \{[^}]*\}\n/, "\n");
  site = site.replaceAll("/kemitraan/", prefix).replaceAll("/kemitraan", prefix.slice(0, -1));
  const t = (name) => join(dir, name);
  return [
    user ? `user ${user};` : "",
    "worker_processes 1;",
    "daemon off;",
    `pid ${t("nginx.pid")};`,
    `error_log ${t("error.log")} warn;`,
    "events { worker_connections 256; }",
    "http {",
    types
      ? `  include ${types};`
      : "  types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; image/x-icon ico; application/xml xml; text/plain txt; }",
    "  default_type application/octet-stream;",
    `  access_log ${t("access.log")};`,
    `  client_body_temp_path ${t("client_body")};`,
    `  proxy_temp_path ${t("proxy")};`,
    `  fastcgi_temp_path ${t("fastcgi")};`,
    `  uwsgi_temp_path ${t("uwsgi")};`,
    `  scgi_temp_path ${t("scgi")};`,
    "  sendfile on;",
    site,
    "}",
    "",
  ].join("\n");
}

/** Writes <dir>/nginx.conf and returns its path. */
export function writeNginxConf(options) {
  mkdirSync(options.dir, { recursive: true });
  const file = join(options.dir, "nginx.conf");
  writeFileSync(file, renderNginxConf(options));
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const file = writeNginxConf({
    root: arg("root", "dist"),
    port: Number(arg("port", "8080")),
    prefix: arg("prefix", "/kemitraan/"),
    dir: resolve(arg("out", "/tmp/siapmitra-nginx")),
    user: arg("user", process.getuid?.() === 0 ? "root" : undefined),
  });
  console.log(`nginx -c ${file}`);
}
