// The regulation registry and the citation check (issue 16): citation forms, status notes, the resolvers, the
// detector of hand-typed citations (with file and line), and the real content against them.
import { describe, expect, it } from "vitest";
import { regulationSchema, type Regulation, type RegulationInput } from "../../../src/lib/content/schema/regulation";
import {
  citation,
  registryOf,
  registryProblems,
  statusNote,
  type Registry,
} from "../../../src/lib/content/regulations";
import {
  citationProblems,
  handTypedCitations,
  mdxCitationProblems,
  referenceProblems,
  yamlCitationProblems,
} from "../../../src/lib/content/citation-check";
import { expandTags, resolveDeep, resolveSource, resolveTokens, type Citing } from "../../../src/lib/content/citation-text";
import { citationIndex, uncitedRegulations } from "../../../src/lib/content/citation-index";
import { citationWords, noteText, plainCitation } from "../../../src/i18n/legal";
import { citingFiles, loadRegistry } from "./support/citations";

const checked = "2026-12-03";
const base = { diperiksa: checked, catatanSumber: "Naskah resmi tidak ditemukan (data uji)." };
const entry = (r: Partial<RegulationInput> & Pick<RegulationInput, "id" | "jenis" | "nomor" | "tahun">): Regulation =>
  regulationSchema.parse({ topik: "kpbu", status: "berlaku", judul: "Judul Uji", ...base, ...r });

const perpres = entry({
  id: "perpres-38-2015",
  jenis: "Perpres",
  nomor: "38",
  tahun: 2015,
  judul: "Kerjasama Pemerintah dengan Badan Usaha dalam Penyediaan Infrastruktur",
  salinan: { url: "https://studylibid.com/doc/1209160/kerjasama-pemerintah-dengan-badan-usaha", situs: "studylibid.com" },
});
const amended = entry({
  id: "permendagri-102-2019",
  jenis: "Permendagri",
  nomor: "102",
  tahun: 2019,
  judul: "Pemberian Hak Akses dan Pemanfaatan Data Kependudukan",
  status: "diubah",
  diubahDengan: [{ id: "permendagri-17-2023" }],
});
const amender = entry({ id: "permendagri-17-2023", jenis: "Permendagri", nomor: "17", tahun: 2023 });
const revoked = entry({
  id: "permendikbud-3-2020",
  jenis: "Permendikbud",
  nomor: "3",
  tahun: 2020,
  judul: "Standar Nasional Pendidikan Tinggi",
  status: "dicabut",
  dicabutDengan: { id: "permendikbudristek-53-2023", sejak: "2023-08-18" },
});
const successor = entry({
  id: "permendikbudristek-53-2023",
  jenis: "Permendikbudristek",
  nomor: "53",
  tahun: 2023,
  status: "dicabut",
  dicabutDengan: { id: "permendiktisaintek-39-2025" },
});
const latest = entry({ id: "permendiktisaintek-39-2025", jenis: "Permendiktisaintek", nomor: "39", tahun: 2025 });
const regional = entry({
  id: "pergub-kaltim-27-2021",
  jenis: "Pergub",
  nomor: "27",
  tahun: 2021,
  daerah: { nama: "Kalimantan Timur", singkat: "Kaltim", kode: "kaltim" },
  judulTerverifikasi: false,
  catatanJudul: "Judul dari berita (data uji).",
});
const decree = entry({
  id: "kepmendikbud-754-p-2020",
  jenis: "Kepmendikbud",
  nomor: "754/P",
  tahun: 2020,
  judul: undefined,
  judulTerverifikasi: false,
  catatanJudul: "Judul tidak ditemukan (data uji).",
});
const registry: Registry = registryOf([perpres, amended, amender, revoked, successor, latest, regional, decree]);
const citing: Citing = { registry, words: citationWords(registry) };

describe("registry schema", () => {
  it("requires the id to follow kind, region, number and year", () => {
    const bad = regulationSchema.safeParse({ ...base, id: "perpres-38-2016", jenis: "Perpres", nomor: "38", tahun: 2015, judul: "X Y Z", topik: "kpbu", status: "berlaku" });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain("perpres-38-2015");
  });
  it("requires a region for regional kinds and the amending id for an amended regulation", () => {
    expect(regulationSchema.safeParse({ ...base, id: "pergub-27-2021", jenis: "Pergub", nomor: "27", tahun: 2021, judul: "X Y Z", topik: "kpbu", status: "berlaku" }).success).toBe(false);
    expect(regulationSchema.safeParse({ ...base, id: "pp-28-2018", jenis: "PP", nomor: "28", tahun: 2018, judul: "X Y Z", topik: "kpbu", status: "diubah" }).success).toBe(false);
  });
  it("requires a note on where an official copy was looked for when there is no official link", () => {
    const noNote = regulationSchema.safeParse({ id: "pp-28-2018", jenis: "PP", nomor: "28", tahun: 2018, judul: "Kerja Sama Daerah", topik: "kpbu", status: "berlaku", diperiksa: checked });
    expect(noNote.success).toBe(false);
  });
  it("reports amending and revoking ids that are not in the registry", () => {
    const orphan = entry({ id: "pp-28-2018", jenis: "PP", nomor: "28", tahun: 2018, status: "diubah", diubahDengan: [{ id: "pp-99-2099" }] });
    expect(registryProblems([orphan])).toEqual([
      'content/regulations.yaml: "pp-28-2018" merujuk regulasi yang tidak ada di registri: "pp-99-2099".',
    ]);
  });
});

describe("citations", () => {
  it("writes the full and the short form", () => {
    expect(citation(perpres, "lengkap")).toBe(
      "Peraturan Presiden Nomor 38 Tahun 2015 tentang Kerjasama Pemerintah dengan Badan Usaha dalam Penyediaan Infrastruktur",
    );
    expect(citation(perpres, "singkat")).toBe("Perpres 38/2015");
    expect(citation(regional, "singkat")).toBe("Pergub Kaltim 27/2021");
    expect(citation(regional, "lengkap")).toMatch(/^Peraturan Gubernur Kalimantan Timur Nomor 27 Tahun 2021 tentang /);
    expect(citation(decree, "lengkap")).toBe("Keputusan Menteri Pendidikan dan Kebudayaan Nomor 754/P/2020");
    expect(citation(decree, "singkat")).toBe("Kepmendikbud 754/P/2020");
  });

  it("notes an amendment, a revocation with its date, and a chain of revocations", () => {
    expect(statusNote(perpres, registry)).toBeUndefined();
    expect(noteText(statusNote(amended, registry)!)).toBe("telah diubah dengan Permendagri 17/2023");
    expect(noteText(statusNote(revoked, registry)!)).toBe(
      "tidak berlaku lagi sejak 18 Agustus 2023; dicabut dengan Permendikbudristek 53/2023, yang kemudian juga dicabut dengan Permendiktisaintek 39/2025",
    );
    expect(noteText(statusNote(successor, registry)!)).toBe("tidak berlaku lagi; dicabut dengan Permendiktisaintek 39/2025");
  });

  it("flags a full-form title that could not be confirmed", () => {
    expect(plainCitation(regional, "lengkap", registry)).toMatch(/\(judul belum terkonfirmasi\)$/);
    expect(plainCitation(regional, "singkat", registry)).toBe("Pergub Kaltim 27/2021");
  });
});

describe("resolvers", () => {
  it("replaces {reg:…} tokens in YAML text, with the status note", () => {
    expect(resolveTokens("Dasar: {reg:perpres-38-2015|singkat}.", citing, "x")).toBe("Dasar: Perpres 38/2015.");
    expect(resolveTokens("{reg:permendagri-102-2019|singkat}", citing, "x")).toBe(
      "Permendagri 102/2019 (telah diubah dengan Permendagri 17/2023)",
    );
    expect(() => resolveTokens("{reg:pp-99-2099}", citing, "content/x.yaml")).toThrow(/content\/x\.yaml.*pp-99-2099/);
  });

  it("expands <Regulasi> tags to text for search and word counts", () => {
    expect(expandTags('Menurut <Regulasi id="perpres-38-2015" bentuk="singkat" />, KPBU …', citing, "x")).toBe(
      "Menurut Perpres 38/2015, KPBU …",
    );
  });

  it("resolves a regulation source to the registry's title, an unofficial-copy label and the note", () => {
    expect(resolveSource({ regulasi: "perpres-38-2015" }, citing, "x")).toEqual({
      title: citation(perpres, "lengkap"),
      url: "https://studylibid.com/doc/1209160/kerjasama-pemerintah-dengan-badan-usaha",
      publisher: "Salinan tidak resmi",
      via: "studylibid.com",
      accessed: new Date(checked),
      catatan: undefined,
    });
    const part = resolveSource(
      { regulasi: "permendagri-102-2019", bagian: "Pasal 7", url: "https://pasal.id/x", via: "pasal.id" },
      citing,
      "x",
    );
    expect(part.title).toBe(`${citation(amended, "lengkap")} (Pasal 7)`);
    expect(part.catatan).toBe("Telah diubah dengan Permendagri 17/2023.");
  });

  it("resolves tokens and sources anywhere in front matter, but leaves numeric source indexes alone", () => {
    const data = {
      legalBasis: ["{reg:perpres-38-2015|singkat}"],
      sources: [{ regulasi: "perpres-38-2015" }],
      examples: [{ cells: { a: "{reg:perpres-38-2015|singkat}" }, sources: [1, 2] }],
    };
    const out = resolveDeep(data, citing, "x");
    expect(out.legalBasis).toEqual(["Perpres 38/2015"]);
    expect(out.examples[0]).toEqual({ cells: { a: "Perpres 38/2015" }, sources: [1, 2] });
    expect((out.sources[0] as unknown as { title: string }).title).toBe(citation(perpres, "lengkap"));
  });
});

describe("hand-typed citation detector", () => {
  it.each([
    "Nomor 38 Tahun 2015",
    "No.96 Tahun 2016",
    "Perpres 38/2015",
    "PP No. 28/2018",
    "PP 28 Tahun 2018",
    "UU 27/2022",
    "Permendagri 102/2019",
    "Permen PPN 7/2023",
    "Pergub Kaltim 27/2021",
    "Kepmendikbud 754/P/2020",
    "Kep. Gubernur DIY 18/2000",
    "Peraturan BKKBN 12/2021",
  ])("finds %s", (text) => {
    expect(handTypedCitations(`Menurut ${text}, kerja sama …`).map((h) => h.match)).toEqual([text]);
  });

  it("does not flag years, fractions or Lembaran Negara numbers", () => {
    expect(handTypedCitations("Pada 2015/2016 tercatat 3/4 proyek; Lembaran Negara Tahun 2014 Nomor 244.")).toEqual([]);
  });

  it("names the file and the line in MDX front matter and body, and accepts tags, tokens and URLs", () => {
    const mdx = [
      "---",
      'title: "Judul"',
      'summary: "Berdasarkan Perpres 38/2015."',
      "sources:",
      "  - regulasi: perpres-38-2015",
      "  - { title: \"Berita\", url: \"https://x.id/perpres-nomor-38-tahun-2015\", publisher: X, accessed: 2026-12-03 }",
      "---",
      "",
      'KPBU berlandaskan <Regulasi id="perpres-38-2015" />.',
      "Tata caranya diatur Permen PPN Nomor 7 Tahun 2023.",
    ].join("\n");
    const problems = mdxCitationProblems("content/guides/x.mdx", mdx, registry);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/guides\/x\.mdx:3: .*"Perpres 38\/2015".*\{reg:<id>\}.*perpres-38-2015/);
    expect(problems[1]).toMatch(/^content\/guides\/x\.mdx:10: .*"Nomor 7 Tahun 2023".*<Regulasi id="<id>" \/>/);
  });

  it("lets a source title name a regulation only when `menyebut` lists it", () => {
    const ok = '- { title: "Presiden Sahkan Perpres 38 Tahun 2015", url: "https://x.id", publisher: X, accessed: 2026-12-03, menyebut: [perpres-38-2015] }';
    const wrong = '- { title: "Presiden Sahkan Perpres 38 Tahun 2015", url: "https://x.id", publisher: X, accessed: 2026-12-03, menyebut: [permendagri-17-2023] }';
    expect(yamlCitationProblems("content/glossary.yaml", ok, registry)).toEqual([]);
    expect(yamlCitationProblems("content/glossary.yaml", wrong, registry)).toHaveLength(1);
  });

  it("reports unknown ids in tags, tokens, sources and `menyebut`, with their lines", () => {
    const text = 'a\n<Regulasi id="pp-99-2099" />\n{reg:uu-1-1900}\n  - regulasi: perpres-1-2000\nmenyebut: [inpres-2-2000]\n<Regulasi id="perpres-38-2015" bentuk="panjang" />';
    expect(referenceProblems("f.mdx", text, registry)).toEqual([
      'f.mdx:2: regulasi tidak ada di content/regulations.yaml: "pp-99-2099".',
      'f.mdx:3: regulasi tidak ada di content/regulations.yaml: "uu-1-1900".',
      'f.mdx:4: regulasi tidak ada di content/regulations.yaml: "perpres-1-2000".',
      'f.mdx:5: regulasi tidak ada di content/regulations.yaml: "inpres-2-2000".',
      'f.mdx:6: <Regulasi bentuk="panjang"> tidak dikenal (lengkap atau singkat).',
    ]);
  });
});

describe("the real registry and content", () => {
  const real = loadRegistry();
  const files = citingFiles();

  it("has a valid registry whose cross-references resolve", () => {
    expect(real.size).toBeGreaterThanOrEqual(30);
    expect(registryProblems([...real.values()])).toEqual([]);
  });

  it("has no hand-typed citation and no unknown id in any content file or page", () => {
    expect(files.flatMap((f) => citationProblems(f, real))).toEqual([]);
  });

  it("lists the registry entries that no page cites (the build warns about them)", () => {
    const pages = files.filter((f) => f.route).map((f) => ({ page: { route: f.route!, title: f.file }, texts: [f.text] }));
    const uncited = uncitedRegulations(citationIndex(pages, real), real);
    console.log(`registry entries no page cites: ${uncited.length === 0 ? "none" : uncited.join(", ")}`);
    expect(uncited).toEqual([]);
  });

  it("lists the amended and revoked entries, each with the regulation that changed it", () => {
    const changed = [...real.values()].filter((r) => r.status !== "berlaku");
    console.log(`amended or revoked: ${changed.map((r) => `${r.id} (${r.status})`).join(", ")}`);
    expect(changed.map((r) => r.id)).toEqual(
      expect.arrayContaining(["permendagri-102-2019", "permendikbud-3-2020", "permen-ppn-4-2015", "permen-ppn-2-2020"]),
    );
    for (const r of changed) expect(statusNote(r, real), r.id).toBeDefined();
  });
});
