// Compares two built sites file by file after removing what a refactor may legitimately change: content hashes in
// asset names, CSP hash lists, island ids, the service worker's version and (through a rename map) class names.
// Usage: node tests/support/compare-builds.mjs <before-dist> <after-dist> [class-renames.json]
// Exit code 1 when any file differs; the report names each file and the first difference.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const [before, after, renamesFile] = process.argv.slice(2);
if (!before || !after) {
  console.error("Usage: node tests/support/compare-builds.mjs <before-dist> <after-dist> [class-renames.json]");
  process.exit(2);
}
/** Old class name → new class name (whole names; prefixes end with "-": { "p2-": "hist-" } maps p2-x → hist-x). */
const renames = renamesFile ? JSON.parse(readFileSync(renamesFile, "utf8")) : {};

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const textual = /\.(html|json|xml|txt|csv|webmanifest)$/;

function renameClasses(value) {
  return value
    .split(/\s+/)
    .map((c) => {
      if (Object.hasOwn(renames, c)) return renames[c];
      const prefix = Object.keys(renames).find((k) => k.endsWith("-") && c.startsWith(k));
      return prefix ? renames[prefix] + c.slice(prefix.length) : c;
    })
    .join(" ");
}

function normalize(text, side) {
  let out = text
    // Content hashes in bundled asset names: /_astro/Name.AbC123_x.js → /_astro/Name.js
    .replace(/(_astro\/[\w@-]+?)\.[\w-]{8}\.(js|css|mjs)/g, "$1.$2")
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-*'")
    .replace(/ uid="[^"]*"/g, ' uid="*"')
    .replace(/versi [\w-]{16}/g, "versi *");
  if (side === "before" && Object.keys(renames).length > 0)
    out = out.replace(/ class="([^"]*)"/g, (_, v) => ` class="${renameClasses(v)}"`);
  // Same hash lists, whatever their length (a moved module can add or drop one inline script hash).
  out = out.replace(/('sha256-\*' ?)+/g, "'sha256-*' ");
  return out;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 120);
  return { at: i, before: a.slice(from, i + 160), after: b.slice(from, i + 160) };
}

const files = walk(after)
  .map((f) => relative(after, f))
  .filter((f) => textual.test(f));
const onlyBefore = walk(before)
  .map((f) => relative(before, f))
  .filter((f) => textual.test(f) && !existsSync(join(after, f)));
let same = 0;
const differ = [];
const added = [];
for (const f of files) {
  if (!existsSync(join(before, f))) {
    added.push(f);
    continue;
  }
  const a = normalize(readFileSync(join(before, f), "utf8"), "before");
  const b = normalize(readFileSync(join(after, f), "utf8"), "after");
  if (a === b) same++;
  else differ.push({ f, ...firstDifference(a, b) });
}
console.log(`Compared ${same + differ.length} files: ${same} identical after normalisation, ${differ.length} differ.`);
if (added.length) console.log(`Only in ${after}: ${added.join(", ")}`);
if (onlyBefore.length) console.log(`Only in ${before}: ${onlyBefore.join(", ")}`);
for (const d of differ) {
  console.log(`\n--- ${d.f} (first difference at character ${d.at})`);
  console.log(`before: …${d.before}…`);
  console.log(`after:  …${d.after}…`);
}
process.exit(differ.length > 0 || added.length > 0 || onlyBefore.length > 0 ? 1 : 0);
