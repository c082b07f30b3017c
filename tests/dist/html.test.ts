import { describe, expect, it } from "vitest";
import { htmlProblems, projectValidator } from "./support/html-gate";
import { htmlPages } from "./support/site";

const validator = projectValidator();
const pages = htmlPages();

describe("every built page is valid HTML (html-validate)", () => {
  it.each(pages.map((p) => [p.route, p] as const))("%s", async (_route, page) => {
    expect(await htmlProblems(page, validator)).toEqual([]);
  });
});
