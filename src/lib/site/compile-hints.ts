// V8 compiles a function the first time it runs, on the main thread, unless its file starts with the magic comment
// below: then every function is compiled while the file streams in, on a background thread (Chrome 136 and later;
// other engines read an ordinary comment). That pays only for files whose functions run at once, such as the code an
// island needs to start; a library of which a page calls a few functions would be compiled for nothing.

/** V8's explicit compile hint, on its own line at the very start of a file. */
export const EAGER_COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** The modules that load with `roots`: the roots and all they import statically, transitively. */
export function staticClosure(roots: Iterable<string>, importsOf: (id: string) => readonly string[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...importsOf(id));
  }
  return found;
}

/** `code` with the hint as its first line, once. */
export function withCompileHint(code: string): string {
  return code.startsWith(`${EAGER_COMPILE_HINT}\n`) ? code : `${EAGER_COMPILE_HINT}\n${code}`;
}
