// The build must fail loudly, naming the file and the field or id, on bad content (deliberately broken fixtures).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const fixture = resolve("tests/fixtures/content-min");
const temps: string[] = [];

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "siapmitra-fixture-"));
  temps.push(dir);
  cpSync(fixture, dir, { recursive: true });
  edit(dir);
  return dir;
}

async function build(contentDir: string): Promise<{ ok: boolean; output: string; out: string }> {
  // The output folder sits inside the project (Astro 7 keeps its .prerender scratch there); the cache must not,
  // since a build empties its output folder first.
  const out = mkdtempSync(join(resolve("."), "dist-fixture-"));
  const cache = mkdtempSync(join(tmpdir(), "siapmitra-cache-"));
  temps.push(out, cache);
  try {
    const r = await run("npx", ["astro", "build"], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: "1" },
      maxBuffer: 20e6,
    });
    return { ok: true, output: r.stdout + r.stderr, out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ""}${err.stderr ?? ""}`, out };
  }
}

afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("content errors fail the build with the file and the field named", () => {
  it("a frontmatter error names the file and the field", async () => {
    const dir = brokenCopy((d) => {
      const f = join(d, "guides/apa-itu-kemitraan.mdx");
      writeFileSync(f, readFileSync(f, "utf8").replace("section: pendahuluan", "section: lain-lain"));
    });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("apa-itu-kemitraan");
    expect(r.output).toMatch(/section/);
  }, 120_000);

  it("a cross-reference to a guide that does not exist names the file and the bad id", async () => {
    const dir = brokenCopy((d) => {
      const f = join(d, "cases/contoh-kasus.mdx");
      writeFileSync(f, readFileSync(f, "utf8").replace("relatedGuides: [apa-itu-kemitraan]", "relatedGuides: [panduan-hantu]"));
    });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("contoh-kasus.mdx");
    expect(r.output).toContain("panduan-hantu");
  }, 120_000);

  it("an internal link to an unknown page in MDX names the file and the link", async () => {
    const dir = brokenCopy((d) => {
      const f = join(d, "guides/langkah-perencanaan-bersama.mdx");
      writeFileSync(f, readFileSync(f, "utf8") + "\nLihat [halaman lama](/panduan/tidak-ada/).\n");
    });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("langkah-perencanaan-bersama.mdx");
    expect(r.output).toContain("/panduan/tidak-ada/");
  }, 120_000);

  it("a regulation typed by hand instead of <Regulasi> names the file, the line and the registry id", async () => {
    const dir = brokenCopy((d) => {
      const f = join(d, "guides/langkah-perencanaan-bersama.mdx");
      writeFileSync(f, readFileSync(f, "utf8") + "\nPerencanaan daerah mengikuti PP Nomor 28 Tahun 2018.\n");
    });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    const lines = readFileSync(join(dir, "guides/langkah-perencanaan-bersama.mdx"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("PP Nomor 28 Tahun 2018")) + 1;
    expect(r.output).toContain(`langkah-perencanaan-bersama.mdx:${line}:`);
    expect(r.output).toContain("PP Nomor 28 Tahun 2018");
    expect(r.output).toContain("pp-28-2018");
  }, 120_000);

  it("a citation of an id that is not in the registry names the file and the id", async () => {
    const dir = brokenCopy((d) => {
      const f = join(d, "cases/contoh-kasus.mdx");
      writeFileSync(f, readFileSync(f, "utf8") + '\nDasarnya <Regulasi id="perpres-99-2099" />.\n');
    });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("contoh-kasus.mdx");
    expect(r.output).toContain("perpres-99-2099");
  }, 120_000);

  it("a registry entry amended by an id the registry lacks fails the build", async () => {
    const dir = brokenCopy((d) => {
      const f = join(d, "regulations.yaml");
      writeFileSync(f, readFileSync(f, "utf8").replace("    - id: permendagri-17-2023", "    - id: permendagri-18-2023"));
    });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("permendagri-18-2023");
  }, 120_000);

  it("the unbroken fixture builds", async () => {
    const r = await build(fixture);
    expect(r.ok, r.output).toBe(true);
    expect(existsSync(join(r.out, "panduan/apa-itu-kemitraan/index.html"))).toBe(true);
    // The fixture cites an amended regulation: the page shows the note, and the registry page lists it.
    const page = readFileSync(join(r.out, "panduan/apa-itu-kemitraan/index.html"), "utf8");
    expect(page).toContain('data-regulasi-catatan="permendagri-102-2019"');
    expect(page.replace(/<[^>]+>/g, "")).toContain("telah diubah dengan Permendagri 17/2023");
    expect(existsSync(join(r.out, "panduan/dasar-hukum/index.html"))).toBe(true);
  }, 120_000);
});
