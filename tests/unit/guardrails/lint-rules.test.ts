// The boundary rules of eslint.config.js, proved on code that breaks them (and on code that keeps them).
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();
const lint = async (code: string, filePath: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
};

describe("src/lib stays pure", () => {
  it("refuses Preact, Astro, the UI, the dictionary and the DOM", async () => {
    const broken = [
      'import { h } from "preact";',
      'import { useState } from "preact/hooks";',
      'import { getCollection } from "astro:content";',
      'import { glob } from "astro/loaders";',
      'import App from "../../islands/assessment/questionnaire/AssessmentApp";',
      'import Card from "../../components/CaseCard.astro";',
      'import { t } from "../../i18n/report";',
      "export const all = [h, useState, getCollection, glob, App, Card, t, document.title, window.name];",
    ].join("\n");
    const messages = await lint(broken, "src/lib/assessment/fixture-broken.ts");
    expect(messages.filter((m) => m.startsWith("no-restricted-imports"))).toHaveLength(7);
    expect(messages.filter((m) => m.startsWith("no-restricted-globals"))).toHaveLength(2);
    expect(messages.join("\n")).toMatch(/never sentences/);
  });

  it("allows zod for the content schemas and plain imports between lib areas", async () => {
    const fine = [
      'import { z } from "astro/zod";',
      'import { formatDecimal } from "../site/format";',
      "export const schema = z.string().transform((s) => formatDecimal(s.length));",
    ].join("\n");
    expect(await lint(fine, "src/lib/content/fixture-fine.ts")).toEqual([]);
  });

  it("does not apply outside src/lib (islands may use Preact, the DOM and the dictionary)", async () => {
    const island = 'import { useState } from "preact/hooks";\nexport const x = [useState, document.title];';
    expect(await lint(island, "src/islands/fixture.ts")).toEqual([]);
  });
});
