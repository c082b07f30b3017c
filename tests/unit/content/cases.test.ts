// Content contract for the case library (issue 9): read straight from the files, so it runs without a build.
// CONTENT_DIR points it at another content folder, as it does for the build.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { caseSchema, type CaseData } from "../../../src/lib/content/schema/case";

const root = process.env.CONTENT_DIR ?? "content";
const dir = join(root, "cases");

/** The fixed case ids of docs/authoring.md (C1–C24 of the research file), then the cases added since. */
const fixedIds = [
  "spam-umbulan", "palapa-ring", "satria-1", "jalintim-sumsel", "bandara-komodo", "tppas-legok-nangka",
  "tpst-piyungan-kartamantul", "bantargebang-jabodetabek", "pju-kpbu", "rumah-sakit-kpbu", "mal-pelayanan-publik",
  "sp4n-lapor", "satu-data-indonesia", "pks-data-dukcapil", "link-and-match-smk-industri", "smk-pusat-keunggulan",
  "kedaireka-msib", "vaksin-merah-putih", "genose-ugm", "bpjs-uhc-pemda", "konvergensi-stunting", "citarum-harum",
  "csr-rumah-layak-huni-kaltim", "brin-kolaborasi-industri",
  // Issue 16 item 6: education working with research institutions.
  "pkr-biofilm-ugm-brin", "brin-degree-by-research", "brida-sumenep-riset-kampus",
];

/** The 38 provinces by their official names, plus "Nasional" for country-wide programmes. */
const regionNames = new Set([
  "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
  "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
  "Daerah Istimewa Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
  "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
  "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
  "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan",
  "Papua Selatan", "Nasional",
]);

interface CaseFile {
  id: string;
  file: string;
  raw: Record<string, unknown>;
  body: string;
}

function readCases(): CaseFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      return {
        id: f.replace(/\.mdx$/, ""),
        file: join(dir, f),
        raw: (m ? parse(m[1] ?? "") : {}) as Record<string, unknown>,
        body: m?.[2] ?? "",
      };
    });
}

const files = readCases();
const parsed = files.map((f) => ({ ...f, result: caseSchema.safeParse(f.raw) }));
const cases = parsed.flatMap((p) => (p.result.success ? [{ id: p.id, file: p.file, body: p.body, data: p.result.data }] : []));
const guideIds = new Set(
  existsSync(join(root, "guides"))
    ? readdirSync(join(root, "guides"))
        .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
        .map((f) => f.replace(/\.mdx$/, ""))
    : [],
);

const some = (pred: (d: CaseData, body: string) => boolean) => cases.filter((c) => pred(c.data, c.body)).map((c) => c.id);

describe(`case files in ${dir}`, () => {
  it("number at least 20 and use only the fixed case ids", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.map((f) => f.id).filter((id) => !fixedIds.includes(id))).toEqual([]);
  });

  it.each(parsed.map((p) => [p.id, p] as const))("%s matches the case schema", (_id, p) => {
    const issues = p.result.success
      ? []
      : p.result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues, p.file).toEqual([]);
  });
});

// Sources and outcomes are checked on the raw frontmatter too, so a file that fails the schema still gets
// these messages, naming the outcome.
describe.each(files.map((f) => [f.id, f] as const))("case %s: sources", (_id, f) => {
  const sources = Array.isArray(f.raw["sources"]) ? (f.raw["sources"] as Record<string, unknown>[]) : [];
  const outcomes = Array.isArray(f.raw["outcomes"]) ? (f.raw["outcomes"] as Record<string, unknown>[]) : [];

  it("has at least one source, each with a publisher and an access date", () => {
    expect(sources.length, f.file).toBeGreaterThanOrEqual(1);
    // A regulation source ({ regulasi: id }) takes its publisher and date from content/regulations.yaml.
    const incomplete = sources
      .filter((s) => !("regulasi" in s))
      .filter((s) => typeof s["publisher"] !== "string" || !s["publisher"].trim() || !s["accessed"])
      .map((s) => String(s["url"]));
    expect(incomplete, f.file).toEqual([]);
  });

  it("ties every outcome figure to a source that exists, and gives its year", () => {
    const bad = outcomes
      .filter((o) => {
        const n = o["source"];
        return !(typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= sources.length) || typeof o["year"] !== "number";
      })
      .map((o) => `${String(o["label"])}: sumber ${String(o["source"])}, tahun ${String(o["year"])}`);
    expect(bad, f.file).toEqual([]);
  });
});

describe.each(cases.map((c) => [c.id, c] as const))("case %s", (_id, c) => {
  it("points every footnote in the body at a source that exists", () => {
    const refs = [...c.body.matchAll(/<Sumber\s+n=\{(\d+)\}\s*\/>/g)].map((m) => Number(m[1]));
    expect(refs.filter((n) => n < 1 || n > c.data.sources.length), c.file).toEqual([]);
  });

  it("names only guides that exist", () => {
    expect(c.data.relatedGuides.filter((g) => !guideIds.has(g)), c.file).toEqual([]);
  });

  it("names provinces by their official names (or Nasional)", () => {
    expect(c.data.regions.filter((r) => !regionNames.has(r)), c.file).toEqual([]);
  });
});

describe("coverage the issue asks for", () => {
  const kpbu = (sector: string, tag?: RegExp) => (d: CaseData) =>
    d.scheme === "kpbu" && d.sector === sector && (!tag || d.tags.some((t) => tag.test(t)));

  it.each([
    ["KPBU air minum", kpbu("air-minum")],
    ["KPBU telekomunikasi", kpbu("telekomunikasi")],
    ["KPBU jalan", kpbu("transportasi", /jalan/)],
    ["KPBU penerangan jalan umum", kpbu("energi")],
    ["KPBU persampahan", kpbu("persampahan")],
    ["kerja sama daerah", (d: CaseData) => d.scheme === "kerja-sama-daerah" && d.partnerTypes.includes("antar-daerah")],
    ["pendidikan–industri", (d: CaseData) => d.partnerTypes.includes("pendidikan-industri")],
    ["kemitraan riset", (d: CaseData) => d.partnerTypes.includes("riset")],
    ["program kesehatan", (d: CaseData) => d.sector === "kesehatan"],
    ["program sosial", (d: CaseData) => ["sosial", "perumahan"].includes(d.sector) || d.scheme === "tjsl-csr"],
  ] as const)("has at least one case of kind: %s", (_kind, pred) => {
    expect(some(pred).length).toBeGreaterThanOrEqual(1);
  });

  it("has the four public-service integrations between agencies", () => {
    const integrations = ["mal-pelayanan-publik", "sp4n-lapor", "satu-data-indonesia", "pks-data-dukcapil"];
    expect(some((d) => d.partnerTypes.includes("antar-instansi")).filter((id) => integrations.includes(id)).sort()).toEqual(
      [...integrations].sort(),
    );
  });

  it("has at least two cases that stalled, were cancelled or changed course", () => {
    const turned = /dibatalkan|dihentikan|mangkrak|tertunda|berubah arah|diakhiri|batal\b|terhenti/i;
    const stalled = some((d, body) => d.status === "dihentikan" || turned.test(body) || d.timeline.some((t) => turned.test(t.event)));
    expect(stalled.length, stalled.join(", ")).toBeGreaterThanOrEqual(2);
  });
});
