// Question banks version 2 (issue 15): the two drafts validate against the extended schema, their content keeps the
// rules the schema cannot see (items per dimension, action lines, guide anchors, the @1 → @2 mapping), and the schema
// and the build reject the three broken-file cases naming the offending id.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
// The slugger Astro's Markdown processor gives headings their ids with (@astrojs/markdown-satteri).
import GithubSlugger from "github-slugger";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { findMappingProblems, scaleKindOf, type MappedBank } from "../../../src/lib/content/bank-mapping";
import { dimensionIds } from "../../../src/lib/content/schema/dimensions";
import { bandIds } from "../../../src/lib/content/schema/bands";
import { instrumentSchema, maxActionWords, type Instrument } from "../../../src/lib/content/schema/instrument";

const dir = resolve("content/assessment");
const files = {
  "kesiapan@1": join(dir, "kesiapan@1.yaml"),
  "kesehatan@1": join(dir, "kesehatan@1.yaml"),
  "kesiapan@2": join(dir, "kesiapan@2.yaml"),
  "kesehatan@2": join(dir, "kesehatan@2.yaml"),
} as const;
type Key = keyof typeof files;

const raw = (key: Key): unknown => parseYaml(readFileSync(files[key], "utf8"));
const load = (key: Key): Instrument => instrumentSchema.parse(raw(key));
const drafts = ["kesiapan@2", "kesehatan@2"] as const;

/** Imperative verbs an action line may start with (one action, stated as what to do). */
const actionVerbs = [
  "Adakan",
  "Bagikan",
  "Bahas",
  "Catat",
  "Hidupkan",
  "Hitung",
  "Kumpulkan",
  "Lampirkan",
  "Masukkan",
  "Mintalah",
  "Pantau",
  "Pastikan",
  "Perbarui",
  "Periksa",
  "Pertahankan",
  "Rumuskan",
  "Sepakati",
  "Simpan",
  "Susun",
  "Tetapkan",
  "Tinjau",
  "Tuangkan",
  "Tuliskan",
  "Uji",
];

/** Heading slugs of every guide, as the build renders them (frontmatter and code fences skipped). */
function guideHeadings(): Map<string, string[]> {
  const guides = resolve("content/guides");
  return new Map(
    readdirSync(guides)
      .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
      .map((f) => {
        const body = readFileSync(join(guides, f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
        const slugger = new GithubSlugger();
        let fenced = false;
        const slugs: string[] = [];
        for (const line of body.split("\n")) {
          if (line.startsWith("```")) fenced = !fenced;
          const m = fenced ? null : /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
          if (m?.[1]) slugs.push(slugger.slug(m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]/g, "")));
        }
        return [f.replace(/\.mdx$/, ""), slugs] as const;
      }),
  );
}

describe("question banks version 2", () => {
  it.each(Object.keys(files) as Key[])("%s validates against the schema", (key) => {
    const r = instrumentSchema.safeParse(raw(key));
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  describe.each(drafts)("%s", (key) => {
    const bank = load(key);
    const scales = bank.scales ?? [];

    it("is a version-2 bank: named scales and instructions, no bank-wide scale", () => {
      expect(bank.version).toBe(2);
      expect(bank.scale).toBeUndefined();
      expect(bank.petunjuk?.length).toBeGreaterThanOrEqual(3);
    });

    it("has exactly five levels per scale, valued 1 to 5 lowest first, each with a label and a meaning", () => {
      expect(scales.length).toBeGreaterThan(0);
      for (const s of scales) {
        expect(
          s.levels.map((l) => l.value),
          s.id,
        ).toEqual([1, 2, 3, 4, 5]);
        expect(new Set(s.levels.map((l) => l.label)).size, s.id).toBe(5);
      }
    });

    it("answers every item on a scale of the bank, from a viewpoint, with evidence the bank lists", () => {
      const scaleIds = new Set(scales.map((s) => s.id));
      const evidence = new Set(bank.evidence.map((e) => e.id));
      for (const item of bank.items) {
        expect(item.scale && scaleIds.has(item.scale), item.id).toBe(true);
        expect(["instansi", "kemitraan"], item.id).toContain(item.sudut);
        expect(item.evidence.length, item.id).toBeGreaterThan(0);
        expect(
          item.evidence.filter((e) => !evidence.has(e)),
          item.id,
        ).toEqual([]);
      }
      const used = new Set(bank.items.flatMap((i) => i.evidence));
      expect(
        bank.evidence.map((e) => e.id).filter((e) => !used.has(e)),
        "evidence no item offers",
      ).toEqual([]);
      expect(
        scales.map((s) => s.id).filter((id) => !bank.items.some((i) => i.scale === id)),
        "unused scales",
      ).toEqual([]);
    });

    it("uses new item ids: none is an @1 id", () => {
      const old = new Set(load(key === "kesiapan@2" ? "kesiapan@1" : "kesehatan@1").items.map((i) => i.id));
      expect(bank.items.map((i) => i.id).filter((id) => old.has(id))).toEqual([]);
    });

    it("marks key items that exist and never offer Tidak berlaku", () => {
      const items = new Map(bank.items.map((i) => [i.id, i]));
      expect(bank.butirKunci.length).toBeGreaterThanOrEqual(2);
      for (const id of bank.butirKunci) {
        expect(items.has(id), id).toBe(true);
        expect(items.get(id)?.tidakBerlaku, id).toBe(false);
      }
    });

    it("has at least four items in every dimension and a total within the planned range", () => {
      for (const d of dimensionIds)
        expect(bank.items.filter((i) => i.dimension === d).length, d).toBeGreaterThanOrEqual(4);
      const [min, max] = key === "kesiapan@2" ? [40, 46] : [34, 40];
      expect(bank.items.length).toBeGreaterThanOrEqual(min);
      expect(bank.items.length).toBeLessThanOrEqual(max);
    });

    it("writes help for levels 4 and 5 of every item", () => {
      for (const item of bank.items) expect(item.help, item.id).toMatch(/Tingkat 4: .+ Tingkat 5: /);
    });

    it("keeps hand-typed regulation citations out (they go through the regulation registry)", () => {
      const text = readFileSync(files[key], "utf8");
      expect(text).not.toMatch(/\b(UU|PP|Perpres|Permen\w*|Pergub|Perda)\s*(No\.?|Nomor)?\s*\d+/);
      expect(text).not.toMatch(/\b\d{1,3}\/(19|20)\d{2}\b/);
    });

    it("has one recommendation for every dimension and band, 24 in all", () => {
      expect(bank.recommendations).toHaveLength(24);
      const pairs = bank.recommendations.map((r) => `${r.dimension}/${r.band}`);
      expect(new Set(pairs).size).toBe(24);
      for (const d of dimensionIds) for (const b of bandIds) expect(pairs).toContain(`${d}/${b}`);
    });

    it("gives every recommendation an action line that starts with a listed verb and has at most 20 words", () => {
      for (const r of bank.recommendations) {
        const where = `${r.dimension}/${r.band}: ${r.aksi}`;
        const words = (r.aksi ?? "").split(/\s+/).filter(Boolean);
        expect(actionVerbs, where).toContain(words[0]?.replace(/[,:]$/, ""));
        expect(words.length, where).toBeLessThanOrEqual(maxActionWords);
        expect(r.aksi, where).toMatch(/\.$/);
      }
    });

    it("links guides and guide sections that exist, and no anchor that is being renamed", () => {
      const headings = guideHeadings();
      const targets = bank.recommendations.flatMap((r) => r.guides);
      const bad = targets.filter((t) => {
        const [id = "", anchor] = t.split("#");
        return !headings.has(id) || (anchor !== undefined && !headings.get(id)?.includes(anchor));
      });
      expect(bad).toEqual([]);
      expect(targets.filter((t) => t.includes("jalan-keluar"))).toEqual([]);
      expect(targets.filter((t) => t.includes("#")).length).toBeGreaterThanOrEqual(24);
    });
  });

  describe("the @1 → @2 mapping", () => {
    const all: MappedBank[] = (Object.keys(files) as Key[]).map((key) => ({ ...load(key), file: files[key] }));
    const kesehatan1 = load("kesehatan@1");
    const kesehatan2 = load("kesehatan@2");

    it("has no problems over the real files", () => {
      expect(findMappingProblems(all)).toEqual([]);
    });

    it("maps only @1 items onto @2 items of the same scale kind and dimension", () => {
      const butir = Object.entries(kesehatan2.pemetaan?.butir ?? {});
      expect(kesehatan2.pemetaan?.dari).toBe(1);
      expect(butir.length).toBeGreaterThan(0);
      for (const [from, to] of butir) {
        const a = kesehatan1.items.find((i) => i.id === from);
        const b = kesehatan2.items.find((i) => i.id === to);
        expect(a, from).toBeDefined();
        expect(b, to).toBeDefined();
        if (!a || !b) continue;
        expect(scaleKindOf(kesehatan2, b), `${from} → ${to}`).toBe(scaleKindOf(kesehatan1, a));
        expect(b.dimension).toBe(a.dimension);
      }
      // The agreement scale keeps the @1 labels, so a carried answer keeps its meaning.
      const agreement = kesehatan2.scales?.find((s) => s.id === "persetujuan");
      expect(agreement?.levels.map((l) => l.label)).toEqual(kesehatan1.scale?.map((l) => l.label));
    });

    it("declares no mapping for kesiapan: no @1 statement kept its meaning on the same scale", () => {
      expect(load("kesiapan@2").pemetaan).toBeUndefined();
    });

    it("names the file and the id of a source item that does not exist in @1", () => {
      const broken = all.map((b) =>
        b.id === "kesehatan" && b.version === 2
          ? { ...b, pemetaan: { dari: 1, butir: { "hantu-1": b.items[0]!.id } } }
          : b,
      );
      expect(findMappingProblems(broken)).toEqual([
        `${files["kesehatan@2"]}: pemetaan dari butir yang tidak ada di kesehatan@1: "hantu-1".`,
      ]);
    });

    it("names both ids when the scale kinds differ, and a missing earlier version", () => {
      const progressItem = kesehatan2.items.find((i) => i.scale === "kemajuan" && i.dimension === "tata-kelola")!;
      const broken = all.map((b) =>
        b.id === "kesehatan" && b.version === 2
          ? { ...b, pemetaan: { dari: 1, butir: { "tata-kelola-1": progressItem.id } } }
          : b,
      );
      expect(findMappingProblems(broken)).toEqual([
        `${files["kesehatan@2"]}: "tata-kelola-1" (skala persetujuan) tidak dapat dipetakan ke "${progressItem.id}" (skala kemajuan); jawaban hanya dibawa antarbutir dengan jenis skala yang sama.`,
      ]);
      const orphan = all.filter((b) => !(b.id === "kesehatan" && b.version === 1));
      expect(findMappingProblems(orphan)).toEqual([
        `${files["kesehatan@2"]}: pemetaan merujuk versi yang tidak ada: kesehatan@1.`,
      ]);
    });

    it("is a no-op while no bank declares a mapping", () => {
      expect(findMappingProblems(all.map((b) => ({ ...b, pemetaan: undefined })))).toEqual([]);
    });
  });
});

describe("the schema rejects broken version-2 banks, naming the offending id", () => {
  const fixture = resolve("tests/fixtures/banks-v2/kesiapan@2.yaml");
  const text = readFileSync(fixture, "utf8");
  const issues = (yaml: string) => {
    const r = instrumentSchema.safeParse(parseYaml(yaml));
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  const swap = (from: string, to: string) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  };

  it("accepts the fixture as it is", () => {
    expect(issues(text)).toEqual([]);
  });

  it("rejects a key item that does not exist", () => {
    expect(issues(swap("butirKunci: [tata-kelola-uji]", "butirKunci: [tata-kelola-hantu]"))).toEqual([
      'Butir kunci tidak dikenal: "tata-kelola-hantu" bukan butir bank ini.',
    ]);
  });

  it("rejects a key item that offers Tidak berlaku", () => {
    expect(issues(swap("butirKunci: [tata-kelola-uji]", "butirKunci: [kebutuhan-uji]"))).toEqual([
      'Butir kunci "kebutuhan-uji" tidak boleh menawarkan pilihan "Tidak berlaku": tambahkan tidakBerlaku: false.',
    ]);
  });

  it("rejects a level list that is not five", () => {
    expect(
      issues(swap("      - { value: 5, label: Dijalankan, meaning: Sudah dipakai sebagai acuan kerja. }\n", "")),
    ).toEqual([
      'Skala "kemajuan" harus memiliki tepat lima tingkat bernilai 1 sampai 5, berurutan dari yang terendah (tertulis: 1, 2, 3, 4).',
    ]);
  });

  it("rejects a mapping to an unknown item", () => {
    expect(issues(swap("kebutuhan-1: kebutuhan-uji", "kebutuhan-1: kebutuhan-hantu"))).toEqual([
      'Pemetaan "kebutuhan-1" menuju butir yang tidak dikenal: "kebutuhan-hantu".',
    ]);
  });

  it("rejects an item on a scale the bank does not define, and a missing action line", () => {
    const yaml = swap(
      "id: kebutuhan-uji\n    dimension: kebutuhan\n    scale: kemajuan",
      "id: kebutuhan-uji\n    dimension: kebutuhan\n    scale: sejauh",
    ).replace("    aksi: Bahas saran uji bersama mitra.\n", "");
    expect(issues(yaml)).toEqual([
      'Butir "kebutuhan-uji" memakai skala yang tidak ada di bank ini: "sejauh".',
      "Rekomendasi kebutuhan × kekuatan belum memiliki aksi.",
    ]);
  });

  it("rejects an action line longer than 20 words", () => {
    const long = Array.from({ length: 21 }, () => "kata").join(" ");
    expect(issues(swap("aksi: Bahas saran uji bersama mitra.", `aksi: Bahas ${long}.`))).toEqual([
      "Aksi untuk kebutuhan × kekuatan terlalu panjang: 22 kata (paling banyak 20).",
    ]);
  });

  it("still requires the old bank-wide scale to have five labels in version 1", () => {
    const v1 = parseYaml(readFileSync(files["kesiapan@1"], "utf8")) as { scale: unknown[] };
    v1.scale = v1.scale.slice(0, 4);
    expect(instrumentSchema.safeParse(v1).success).toBe(false);
  });
});

describe("the build rejects a broken bank file, naming the file and each offending id", () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("fails on an unknown key item, four levels and a mapping to an unknown item", async () => {
    const content = mkdtempSync(join(tmpdir(), "siapmitra-banks-v2-"));
    const out = mkdtempSync(join(resolve("."), "dist-fixture-"));
    const cache = mkdtempSync(join(tmpdir(), "siapmitra-cache-"));
    temps.push(content, out, cache);
    cpSync(resolve("tests/fixtures/content-min"), content, { recursive: true });
    mkdirSync(join(content, "assessment"));
    const broken = readFileSync(resolve("tests/fixtures/banks-v2/kesiapan@2.yaml"), "utf8")
      .replace("butirKunci: [tata-kelola-uji]", "butirKunci: [tata-kelola-hantu]")
      .replace("      - { value: 5, label: Dijalankan, meaning: Sudah dipakai sebagai acuan kerja. }\n", "")
      .replace("kebutuhan-1: kebutuhan-uji", "kebutuhan-1: kebutuhan-hantu");
    writeFileSync(join(content, "assessment/kesiapan@2.yaml"), broken);
    let output = "";
    let ok = true;
    try {
      await promisify(execFile)("npx", ["astro", "build"], {
        env: {
          ...process.env,
          CONTENT_DIR: content,
          OUT_DIR: out,
          ASTRO_CACHE_DIR: cache,
          ASTRO_TELEMETRY_DISABLED: "1",
        },
        maxBuffer: 20e6,
      });
    } catch (e) {
      ok = false;
      const err = e as { stdout?: string; stderr?: string };
      output = `${err.stdout ?? ""}${err.stderr ?? ""}`;
    }
    expect(ok).toBe(false);
    expect(output).toContain("assessment/kesiapan@2.yaml");
    expect(output).toContain("tata-kelola-hantu");
    expect(output).toContain('Skala "kemajuan"');
    expect(output).toContain("kebutuhan-hantu");
  }, 180_000);
});
