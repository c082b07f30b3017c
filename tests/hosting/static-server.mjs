// A minimal static file server for a build folder under its base path, which a test can stop to take the site
// "off the network" (the offline test). No caching headers: the service worker alone decides what is kept.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/**
 * @param {{ root: string; prefix: string }} options
 * @returns {Promise<{ url: string; stop: () => Promise<void>; delay: (path: string, ms: number) => void }>}
 */
export async function startStaticServer({ root, prefix }) {
  /** @type {Map<string, number>} answer delays per URL path, to play a slow network */
  const delays = new Map();
  const send = (res, status, file) => {
    res.writeHead(status, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const ms = delays.get(path);
    if (ms) return void setTimeout(() => answer(path, res), ms);
    answer(path, res);
  });
  /** @param {string} path @param {import("node:http").ServerResponse} res */
  const answer = (path, res) => {
    const notFound = () => send(res, 404, join(root, "404.html"));
    if (!path.startsWith(prefix)) return notFound();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: path + "/" });
        return res.end();
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) return notFound();
    send(res, 200, file);
  };
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    delay: (path, ms) => void delays.set(path, ms),
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
