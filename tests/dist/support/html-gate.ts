// HTML gate: every built page is valid HTML by html-validate with the project's .htmlvalidate.json.
//
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
import { readFileSync } from "node:fs";
import { HtmlValidate, type ConfigData } from "html-validate";
import { htmlPages, type BuiltPage } from "./site";

export function projectValidator(configFile = ".htmlvalidate.json"): HtmlValidate {
  return new HtmlValidate(JSON.parse(readFileSync(configFile, "utf8")) as ConfigData);
}

export async function htmlProblems(page: BuiltPage, validator: HtmlValidate): Promise<string[]> {
  const report = await validator.validateString(page.html, page.file);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${page.route} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

export async function siteHtmlProblems(dir: string, validator = projectValidator()): Promise<string[]> {
  const perPage = await Promise.all(htmlPages(dir).map((p) => htmlProblems(p, validator)));
  return perPage.flat();
}
