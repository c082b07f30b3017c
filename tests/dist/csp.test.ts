import { describe, expect, it } from "vitest";
import { inlineHandlerProblems, inlineScriptProblems, policyProblems } from "./support/csp-gate";
import { htmlPages } from "./support/site";

const pages = htmlPages();

describe("Content-Security-Policy in every built page", () => {
  it.each(pages.map((p) => [p.route, p] as const))("%s has the strict policy", (_route, page) => {
    expect(policyProblems(page)).toEqual([]);
  });

  it.each(pages.map((p) => [p.route, p] as const))("%s: every inline script matches a hash", (_route, page) => {
    expect(inlineScriptProblems(page)).toEqual([]);
  });

  it("no element carries an inline event handler", () => {
    expect(pages.flatMap(inlineHandlerProblems)).toEqual([]);
  });
});
