import { readFileSync } from "node:fs";
import { HtmlValidate, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { htmlPages } from "./support/site";

// Rules turned off in .htmlvalidate.json, and why:
// - no-inline-style: Preact islands and Chart.js set style attributes; CSP allows style-src-attr on purpose.
// - long-title: guide titles are descriptive by design; <title> length is an SEO hint, not validity.
// - no-trailing-whitespace, attribute-boolean-style, void-style, doctype-style, attribute-empty-style:
//   formatting choices of Astro's compiler output, not errors.
// - no-redundant-role: scrollable table wrappers use role="region" with a label, which the rule flags as style.
// - prefer-native-element (region excluded): same table wrappers; a <section> would add a heading outline entry.
// - form-dup-name shares checkbox names: evidence checkboxes of one item share a name, as HTML intends.
// - wcag/h32 (form needs a submit button): the questionnaire's forms are never submitted (there is no server);
//   navigation uses explicit buttons and the static form exists to be printed.
// - valid-id relaxed: heading ids come from github-slugger and may start with a digit.
const validator = new HtmlValidate(JSON.parse(readFileSync(".htmlvalidate.json", "utf8")) as ConfigData);
const pages = htmlPages();

describe("every built page is valid HTML (html-validate)", () => {
  it.each(pages.map((p) => [p.route, p] as const))("%s", async (_route, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
