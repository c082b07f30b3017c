import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

export const axeTags = ["wcag2a", "wcag21a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * The rules whose outcome depends on colour. Structure, names and roles do not change with the theme, so a page
 * already checked in full in one theme is checked again in the other with these only.
 */
export const themeRules = ["color-contrast", "link-in-text-block", "target-size"];

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the current page state and fails with a readable list of violations. `rules` limits the run to the
 * named rules (e.g. only the colour rules when the same page is checked again in another theme); `within` limits it
 * to the part of the page matched by a CSS selector.
 *
 * axe-core runs in the page itself, injected once per document and asked for violations only. The pages have no
 * frames, so @axe-core/playwright's cross-frame machinery (a fresh injection per call, and a blank extra page that
 * receives every passing node to finish the run) only cost time: about 1 s of every call in the crawl.
 */
export async function expectNoAxeViolations(
  page: Page,
  label = page.url(),
  rules?: string[],
  within?: string,
): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ tags, rules, within }) => {
      const runner = (window as unknown as { axe: typeof axe }).axe;
      const results = await runner.run(within ? { include: [within] } : document, {
        runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return results.violations.map((v): Violation => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
    },
    { tags: axeTags, rules, within },
  );
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(", ")}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/**
 * Starts collecting console errors, requests to other origins and CSP violation reports for a page.
 * Read the returned object after navigating.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => problems.consoleErrors.push(String(err)));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") problems.foreignRequests.push(req.url());
  });
  await page.exposeFunction("__reportCsp", (text: string) => problems.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return problems;
}

export function expectClean(problems: PageProblems, label: string): void {
  expect(problems.consoleErrors, `console errors on ${label}`).toEqual([]);
  expect(problems.foreignRequests, `requests to other origins from ${label}`).toEqual([]);
  expect(problems.cspViolations, `CSP violations on ${label}`).toEqual([]);
}
