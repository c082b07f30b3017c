// CSP gate: every page carries the strict meta policy, every inline script is allowed by a hash in it, and no
// element has an inline event handler (a hash cannot allow those).
import { createHash } from "node:crypto";
import type { HTMLElement } from "node-html-parser";
import { htmlPages, type BuiltPage } from "./site";

// The same list as astro.config.mjs on purpose: written out here, the gate fails if the config is weakened.
export const REQUIRED_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
];

export const sha256 = (text: string): string => "sha256-" + createHash("sha256").update(text).digest("base64");

export function policyOf(doc: HTMLElement): string {
  return doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
}

/** The meta policy has every required directive, no unsafe script source and no frame-ancestors. */
export function policyProblems(page: BuiltPage): string[] {
  const policy = policyOf(page.doc);
  const problems = REQUIRED_DIRECTIVES.filter((d) => !policy.includes(d)).map(
    (d) => `${page.route}: CSP tanpa direktif "${d}"`,
  );
  const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  const unsafe = /unsafe-inline|unsafe-eval/.exec(scriptSrc)?.[0];
  if (unsafe) problems.push(`${page.route}: script-src CSP mengizinkan '${unsafe}'`);
  // Browsers ignore frame-ancestors in a meta policy; it belongs in a response header.
  if (policy.includes("frame-ancestors")) problems.push(`${page.route}: CSP meta memuat frame-ancestors`);
  return problems;
}

/** Inline scripts (JSON-LD aside) whose sha256 is not in the page's policy. */
export function inlineScriptProblems(page: BuiltPage): string[] {
  const policy = policyOf(page.doc);
  return page.doc
    .querySelectorAll("script:not([src])")
    .filter((s) => (s.getAttribute("type") ?? "") !== "application/ld+json")
    .map((s) => s.innerHTML)
    .filter((text) => !policy.includes(sha256(text)))
    .map((text) => `${page.route}: skrip inline tanpa hash di CSP: ${text.slice(0, 80)}`);
}

export function inlineHandlerProblems(page: BuiltPage): string[] {
  return [...page.html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)].map(
    (m) => `${page.route}: penangan event inline: ${m[0].slice(0, 60)}`,
  );
}

export function cspProblems(dir: string): string[] {
  return htmlPages(dir).flatMap((p) => [...policyProblems(p), ...inlineScriptProblems(p), ...inlineHandlerProblems(p)]);
}
