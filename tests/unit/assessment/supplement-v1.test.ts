// The action lines (aksi) added to the published @1 banks through their supplements: they seed the user's action
// plan as "<dimension name>: <aksi>", so each must be a complete, short instruction for every dimension and band.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { bankSupplementSchema } from "../../../src/lib/content/schema/bank-supplement";
import { bandIds } from "../../../src/lib/content/schema/bands";
import { dimensionIds } from "../../../src/lib/content/schema/dimensions";

const dir = join(process.cwd(), "content/assessment");
const banks = ["kesiapan@1", "kesehatan@1"] as const;

/** The verbs an action line may open with (imperative, capitalised). A new verb is added here on purpose. */
const verbs = [
  "Adakan",
  "Ajukan",
  "Bahas",
  "Bandingkan",
  "Cantumkan",
  "Catat",
  "Hidupkan",
  "Hitung",
  "Ingatkan",
  "Jadwalkan",
  "Kumpulkan",
  "Lampirkan",
  "Libatkan",
  "Masukkan",
  "Minta",
  "Pantau",
  "Pastikan",
  "Perbarui",
  "Periksa",
  "Pertahankan",
  "Rundingkan",
  "Sepakati",
  "Simpan",
  "Susun",
  "Tentukan",
  "Tetapkan",
  "Tinjau",
  "Tuangkan",
  "Tuliskan",
  "Tunjuk",
  "Uji",
];

interface RawBank {
  recommendations: { dimension: string; band: string; text: string }[];
}

function supplement(bank: string) {
  return bankSupplementSchema.parse(parseYaml(readFileSync(join(dir, "supplement", `${bank}.yaml`), "utf8")));
}

function recommendations(bank: string): Map<string, string> {
  const raw = parseYaml(readFileSync(join(dir, `${bank}.yaml`), "utf8")) as RawBank;
  return new Map(raw.recommendations.map((r) => [`${r.dimension}/${r.band}`, r.text]));
}

const everyKey = dimensionIds.flatMap((d) => bandIds.map((b) => `${d}/${b}`)).sort();

describe.each(banks)("supplement of %s", (bank) => {
  const data = supplement(bank);
  const lines = Object.entries(data.aksi);

  it("keeps its key items", () => {
    expect(data.butirKunci.length).toBeGreaterThan(0);
  });

  it("has one action line for every dimension and band", () => {
    expect(lines).toHaveLength(24);
    expect(Object.keys(data.aksi).sort()).toEqual(everyKey);
  });

  it("has a line for exactly the recommendations the bank publishes", () => {
    expect(Object.keys(data.aksi).sort()).toEqual([...recommendations(bank).keys()].sort());
  });

  it("opens every line with a capitalised imperative verb from the list", () => {
    const bad = lines.filter(([, line]) => !verbs.includes(line.split(/\s+/)[0] ?? "")).map(([k, l]) => `${k}: ${l}`);
    expect(bad).toEqual([]);
  });

  it("keeps every line to one sentence of at most 20 words ending with a full stop", () => {
    const bad = lines
      .filter(([, line]) => {
        const words = line.trim().split(/\s+/);
        return words.length > 20 || !line.endsWith(".") || line.endsWith("..") || /[.!?]\s/.test(line);
      })
      .map(([k, l]) => `${k}: ${l}`);
    expect(bad).toEqual([]);
  });

  it("names no figure, acronym or document that its recommendation does not mention", () => {
    const texts = recommendations(bank);
    const bad = lines.flatMap(([key, line]) => {
      const text = texts.get(key) ?? "";
      return line
        .split(/\s+/)
        .slice(1)
        .map((w) => w.replace(/[.,;:()]/g, ""))
        .filter((w) => /\d|[A-Z].*[A-Z]/.test(w) && !text.includes(w))
        .map((w) => `${key}: ${w}`);
    });
    expect(bad).toEqual([]);
  });

  it("is not the diagnosis sentence the plan used to be seeded with", () => {
    const texts = recommendations(bank);
    const same = lines.filter(([key, line]) => (texts.get(key) ?? "").startsWith(line)).map(([k]) => k);
    expect(same).toEqual([]);
  });
});
