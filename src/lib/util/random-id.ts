// Random ids for stored things (assessments, register entries): in a module of its own so a page that only needs
// an id does not load the code that builds assessment results.

/** A random id ("p-" and 16 hex digits). */
export function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `p-${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}
