// The import graph of src/, for the no-cycle check: which file imports which, at run time or only for types.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export interface Edge {
  from: string;
  to: string;
  /** `import type` / `export type`: erased at build time, so it cannot make a run-time cycle. */
  typeOnly: boolean;
  /** `import("…")`: loaded later, so it cannot make an initialisation cycle. */
  dynamic: boolean;
}

const SOURCE = /\.(ts|tsx|astro|mjs|js)$/;
const STATIC = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?["']([^"']+)["']/g;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

export function walkSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walkSources(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** A relative specifier resolved to a file the way Vite does it (extension and /index optional). */
export function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [
    base,
    ...[".ts", ".tsx", ".astro", ".mjs", ".js"].flatMap((x) => [base + x, join(base, `index${x}`)]),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Only the frontmatter of an .astro file imports anything. */
const scriptOf = (file: string, text: string) =>
  file.endsWith(".astro") ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") : text;

export function importEdges(root: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of walkSources(root)) {
    const text = scriptOf(file, readFileSync(file, "utf8"));
    for (const m of text.matchAll(STATIC)) {
      const to = resolveImport(file, m[3]!);
      if (to) edges.push({ from: file, to, typeOnly: m[2] !== undefined, dynamic: false });
    }
    for (const m of text.matchAll(DYNAMIC)) {
      const to = resolveImport(file, m[1]!);
      if (to) edges.push({ from: file, to, typeOnly: false, dynamic: true });
    }
  }
  return edges;
}

/** Strongly connected components with more than one member (or a self-loop): each one is a cycle. */
export function findCycles(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (next.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Edges between the direct subfolders of `under` (a file directly in `under` counts as the folder "."). */
export function folderEdges(edges: readonly Edge[], under: string): { from: string; to: string }[] {
  const folderOf = (file: string) => {
    const rel = relative(under, file);
    if (rel.startsWith("..")) return undefined;
    const parts = rel.split(/[\\/]/);
    return parts.length > 1 ? parts[0]! : ".";
  };
  const out = new Map<string, { from: string; to: string }>();
  for (const e of edges) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (a && b && a !== b) out.set(`${a}>${b}`, { from: a, to: b });
  }
  return [...out.values()];
}
