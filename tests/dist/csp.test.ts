import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { htmlPages } from "./support/site";

const pages = htmlPages();
const sha256 = (text: string) => "sha256-" + createHash("sha256").update(text).digest("base64");

function policyOf(doc: ReturnType<typeof htmlPages>[number]["doc"]): string {
  return doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
}

describe("Content-Security-Policy in every built page", () => {
  it.each(pages.map((p) => [p.route, p] as const))("%s has the strict policy", (_route, page) => {
    const policy = policyOf(page.doc);
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "worker-src 'self'",
    ])
      expect(policy).toContain(directive);
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).not.toContain("frame-ancestors");
  });

  it.each(pages.map((p) => [p.route, p] as const))("%s: every inline script matches a hash", (_route, page) => {
    const policy = policyOf(page.doc);
    const unhashed = page.doc
      .querySelectorAll("script:not([src])")
      .filter((s) => (s.getAttribute("type") ?? "") !== "application/ld+json")
      .map((s) => s.innerHTML)
      .filter((text) => !policy.includes(sha256(text)))
      .map((text) => text.slice(0, 80));
    expect(unhashed).toEqual([]);
  });

  it("no element carries an inline event handler", () => {
    const offenders = pages.flatMap((p) =>
      [...p.html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)].map((m) => `${p.route}: ${m[0].slice(0, 60)}`),
    );
    expect(offenders).toEqual([]);
  });
});
