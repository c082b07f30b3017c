// The dist gates over a hand-written built site with one deliberate defect per gate
// (tests/fixtures/dist-broken): each gate must catch its own defect, say where and what it is, and pass the rest.
import { describe, expect, it } from "vitest";
import { BUDGETS, budgetProblems, measurePage, siteBudgetProblems } from "../../dist/support/budget-gate";
import { cspProblems, inlineHandlerProblems, inlineScriptProblems, policyProblems } from "../../dist/support/csp-gate";
import { htmlProblems, projectValidator, siteHtmlProblems } from "../../dist/support/html-gate";
import { linkProblems } from "../../dist/support/link-gate";
import { htmlPages } from "../../dist/support/site";

const dir = "tests/fixtures/dist-broken";
const validator = projectValidator();

const expected = {
  csp: ['/skrip-inline/: skrip inline tanpa hash di CSP: document.title = "disisipkan tanpa hash";'],
  budget: ["/terlalu-besar/ (reading): HTML 20,7 KB > 20,0 KB"],
  html: [
    "/html-salah/ 6:2 element-permitted-parent: <li> element requires a <ul>, <ol>, <menu> or <template> element as parent",
  ],
  links: ['/tautan-rusak/: tautan rusak "/nope/"', '/tautan-rusak/: jangkar tidak ada "/#tidak-ada"'],
};

const results = async () => ({
  csp: cspProblems(dir),
  budget: siteBudgetProblems(dir, "/"),
  html: await siteHtmlProblems(dir, validator),
  links: linkProblems(dir, "/"),
});

describe("dist gates over the broken fixture", () => {
  it("CSP gate reports the inline script whose hash is missing", () => {
    expect(cspProblems(dir)).toEqual(expected.csp);
  });

  it("budget gate reports the reading page over its HTML budget", () => {
    expect(siteBudgetProblems(dir, "/")).toEqual(expected.budget);
  });

  it("HTML gate reports the <li> outside a list", async () => {
    expect(await siteHtmlProblems(dir, validator)).toEqual(expected.html);
  });

  it("link gate reports the dead link and the dead #fragment", () => {
    expect(linkProblems(dir, "/")).toEqual(expected.links);
  });

  it("each defective page breaks only its own gate", async () => {
    const routes = (problems: string[]) => [...new Set(problems.map((p) => p.split(/[: ]/)[0]))];
    const got = await results();
    expect({
      csp: routes(got.csp),
      budget: routes(got.budget),
      html: routes(got.html),
      links: routes(got.links),
    }).toEqual({
      csp: ["/skrip-inline/"],
      budget: ["/terlalu-besar/"],
      html: ["/html-salah/"],
      links: ["/tautan-rusak/"],
    });
  });

  it("the control page passes every gate", async () => {
    const control = htmlPages(dir).find((p) => p.route === "/")!;
    expect(control.doc.querySelector("h1")?.text).toBe("Halaman kontrol");
    expect([
      ...policyProblems(control),
      ...inlineScriptProblems(control),
      ...inlineHandlerProblems(control),
      ...budgetProblems(measurePage(control, dir, "/"), BUDGETS),
      ...(await htmlProblems(control, validator)),
      ...linkProblems(dir, "/").filter((p) => p.startsWith("/: ")),
    ]).toEqual([]);
  });
});

describe("gate messages are useful", () => {
  it("name the page and the offending value", async () => {
    const got = await results();
    expect(got.csp[0]).toMatch(/^\/skrip-inline\/: .*disisipkan tanpa hash/);
    expect(got.budget[0]).toMatch(/^\/terlalu-besar\/ \(reading\): HTML \d+,\d KB > 20,0 KB$/);
    expect(got.html[0]).toMatch(/^\/html-salah\/ \d+:\d+ [\w-]+: <li>/);
    expect(got.links).toEqual([
      expect.stringMatching(/^\/tautan-rusak\/: .*"\/nope\/"$/),
      expect.stringMatching(/^\/tautan-rusak\/: .*"\/#tidak-ada"$/),
    ]);
  });

  it("point at the line of the invalid element", async () => {
    const [, line] = /^\S+ (\d+):\d+/.exec(expected.html[0]!)!;
    const page = htmlPages(dir).find((p) => p.route === "/html-salah/")!;
    expect(page.html.split("\n")[Number(line) - 1]).toMatch(/^<li>/);
  });
});
