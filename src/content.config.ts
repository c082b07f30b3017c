import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { guideSchema } from "./lib/content/schema/guide";
import { caseSchema } from "./lib/content/schema/case";
import { glossarySchema } from "./lib/content/schema/glossary";
import { instrumentSchema } from "./lib/content/schema/instrument";
import { bankSupplementSchema } from "./lib/content/schema/bank-supplement";
import { synonymGroupSchema } from "./lib/content/schema/synonyms";
import { templateSchema } from "./lib/content/schema/template";
import { regulationSchema } from "./lib/content/schema/regulation";

// CONTENT_DIR lets tests and the scale benchmark build the site from another content folder.
const root = process.env.CONTENT_DIR ?? "./content";

const guides = defineCollection({
  loader: glob({ base: `${root}/guides`, pattern: "**/[^_]*.mdx" }),
  schema: guideSchema,
});

const cases = defineCollection({
  loader: glob({ base: `${root}/cases`, pattern: "**/[^_]*.mdx" }),
  schema: caseSchema,
});

const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: glossarySchema,
});

const instruments = defineCollection({
  // Keep the "@version" in the id: kesiapan@1, kesiapan@2 are distinct, immutable files.
  loader: glob({
    base: `${root}/assessment`,
    pattern: "*@*.yaml",
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ""),
  }),
  schema: instrumentSchema,
});

const bankSupplements = defineCollection({
  loader: glob({
    base: `${root}/assessment/supplement`,
    pattern: "*@*.yaml",
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ""),
  }),
  schema: bankSupplementSchema,
});

const synonyms = defineCollection({
  loader: file(`${root}/search/synonyms.yaml`, {
    parser: (text) => (parseYaml(text) as object[]).map((group, i) => ({ id: String(i + 1), ...group })),
  }),
  schema: synonymGroupSchema,
});

const templates = defineCollection({
  loader: glob({ base: `${root}/templates`, pattern: "*.yaml" }),
  schema: templateSchema,
});

// The regulation registry: every citation on the site is rendered from it (see docs/authoring.md).
const regulations = defineCollection({
  loader: file(`${root}/regulations.yaml`),
  schema: regulationSchema,
});

export const collections = { guides, cases, glossary, instruments, bankSupplements, synonyms, templates, regulations };
