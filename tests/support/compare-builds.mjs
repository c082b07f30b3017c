// Compares two built sites file by file after removing what a refactor may legitimately change: content hashes in
// asset names, CSP hash lists, island ids, the service worker's version and (through a rename map) class names.
// Usage: node tests/support/compare-builds.mjs <before-dist> <after-dist> [renames.json]
// renames.json: { "classes": { "p2-": "hist-" }, "ids": { "p2-app": "asm-app" }, "assets": { "part2": "ui" } } —
// whole names, or prefixes ending in "-" (p2-x → hist-x); "assets" maps bundled file base names.
// Exit code 1 when any file differs; the report names each file and the first difference.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const [before, after, renamesFile] = process.argv.slice(2);
if (!before || !after) {
  console.error("Usage: node tests/support/compare-builds.mjs <before-dist> <after-dist> [class-renames.json]");
  process.exit(2);
}
const renames = renamesFile ? JSON.parse(readFileSync(renamesFile, "utf8")) : {};
const classRenames = renames.classes ?? {};
const idRenames = renames.ids ?? {};
const assetRenames = renames.assets ?? {};

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const textual = /\.(html|json|xml|txt|csv|webmanifest)$/;

function rename(map, name) {
  if (Object.hasOwn(map, name)) return map[name];
  const prefix = Object.keys(map).find((k) => k.endsWith("-") && name.startsWith(k));
  return prefix ? map[prefix] + name.slice(prefix.length) : name;
}
const renameClasses = (value) =>
  value
    .split(/\s+/)
    .map((c) => rename(classRenames, c))
    .join(" ");

function normalize(text, side) {
  let out = text
    // Content hashes in bundled asset names: /_astro/Name.AbC123_x.js → /_astro/Name.js
    .replace(/(_astro\/[\w@-]+?)\.[\w-]{8}\.(js|css|mjs)/g, "$1.$2")
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-*'")
    .replace(/ uid="[^"]*"/g, ' uid="*"')
    .replace(/ data-preact-island-id="\d+"/g, ' data-preact-island-id="*"')
    .replace(/versi [\w-]{16}/g, "versi *")
    // Preact writes void elements XML-style (<input/>), Astro without the slash: the same HTML element.
    .replace(/(<(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b[^>]*?)\s*\/>/g, "$1>")
    // …a quote in text as &quot; (Astro escapes the quotes of an expression's text, never needed in text)…
    .replace(/>([^<]*)</g, (_, text) => `>${text.replaceAll("&quot;", '"')}<`)
    // …and an empty attribute as a bare name (value="" and value mean the same).
    .replace(/(<[a-z][^<>]*?) ([\w-]+)=""/g, "$1 $2");
  if (side === "before") {
    out = out.replace(/ class="([^"]*)"/g, (_, v) => ` class="${renameClasses(v)}"`);
    out = out.replace(/ id="([^"]*)"/g, (_, v) => ` id="${rename(idRenames, v)}"`);
    out = out.replace(/_astro\/([\w@-]+?)\.(js|css|mjs)/g, (_, n, ext) => `_astro/${rename(assetRenames, n)}.${ext}`);
  }
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
