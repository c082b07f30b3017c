#!/usr/bin/env node
// Scale benchmark (`npm run bench`, not part of npm test): builds the site with 100, 1,000 and 5,000 synthetic
// case studies added to a copy of content/, and reports build time, pages per second, peak memory, dist size and
// search index size in docs/benchmarks.md (its own marked section; the rest of the file is left alone).
//   npm run bench -- [--sizes 100,1000,5000] [--content content]
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
// The case schema's own lists, so synthetic cases stay valid when the schema changes (npm run bench bundles this
// file with esbuild, which resolves the TypeScript import).
import { caseStatuses as statuses, partnerTypes, schemes, sectors } from "../../src/lib/content/schema/case";
import { dimensionIds as themes } from "../../src/lib/content/schema/dimensions";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg("sizes", "100,1000,5000").split(",").map(Number);
const contentSrc = arg("content", "content");
const work = "/tmp/siapmitra-bench";
const outDir = "./dist-bench";
const reportFile = "docs/benchmarks.md";
const start = "<!-- bench:build:start -->";
const end = "<!-- bench:build:end -->";

const provinces = [
  "Aceh",
  "Sumatera Utara",
  "Sumatera Barat",
  "Riau",
  "Jambi",
  "Sumatera Selatan",
  "Lampung",
  "DKI Jakarta",
  "Jawa Barat",
  "Jawa Tengah",
  "DI Yogyakarta",
  "Jawa Timur",
  "Banten",
  "Bali",
  "Nusa Tenggara Barat",
  "Nusa Tenggara Timur",
  "Kalimantan Barat",
  "Kalimantan Timur",
  "Sulawesi Selatan",
  "Papua",
];
const words =
  "kemitraan pemerintah daerah instansi layanan masyarakat anggaran perjanjian kerja sama evaluasi kinerja pendanaan infrastruktur koordinasi data program keberlanjutan pelaksanaan kesepakatan regulasi mitra swasta universitas penelitian pelatihan pengawasan capaian indikator rencana aksi komunikasi sosialisasi pemantauan kelembagaan".split(
    " ",
  );

/** Deterministic pseudo-random numbers, so every run builds the same content. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(r, n) {
  const w = Array.from({ length: n }, () => words[Math.floor(r() * words.length)]);
  return w[0][0].toUpperCase() + w.join(" ").slice(1) + ".";
}
const paragraph = (r, k) =>
  Array.from(
    { length: 4 },
    (_, i) => `${sentence(r, 12 + Math.floor(r() * 10))}${i === 1 ? ` <Sumber n={${k}} />` : ""}`,
  ).join(" ");
const pick = (r, list, n) => [...new Set(Array.from({ length: n }, () => list[Math.floor(r() * list.length)]))];

/** A case of realistic length (about 900 words) and full frontmatter, valid under the case schema. */
function syntheticCase(i, guideIds) {
  const r = rng(i + 1);
  const startYear = 2010 + Math.floor(r() * 14);
  const status = statuses[i % 3];
  const sources = [1, 2, 3].map(
    (k) =>
      `  - { title: "Laporan sintetis ${i}-${k} untuk uji skala", url: "https://contoh.go.id/laporan/${i}/${k}", publisher: "Instansi Contoh ${k}", accessed: 2026-11-28 }`,
  );
  const body = [
    "## Latar belakang",
    "",
    paragraph(r, 1),
    "",
    paragraph(r, 2),
    "",
    paragraph(r, 1),
    "",
    "## Tantangan yang dihadapi",
    "",
    paragraph(r, 2),
    "",
    paragraph(r, 3),
    "",
    paragraph(r, 2),
    "",
    "## Hasil",
    "",
    paragraph(r, 3),
    "",
    "| Ukuran | Nilai |",
    "|---|---|",
    "| Peserta | 1.250 orang |",
    "| Anggaran | Rp4,5 miliar |",
    "",
    "## Pelajaran",
    "",
    paragraph(r, 1),
    "",
    paragraph(r, 3),
    "",
    `Baca juga [panduan terkait](/panduan/${guideIds[i % guideIds.length]}/).`,
    "",
  ];
  return [
    "---",
    `title: Kemitraan sintetis nomor ${i}`,
    `summary: "Studi kasus sintetis ${i} untuk mengukur waktu build pada skala besar: kerja sama ${sectors[i % sectors.length]} antara pemerintah daerah dan mitranya."`,
    `sector: ${sectors[i % sectors.length]}`,
    `partnerTypes: [${pick(r, partnerTypes, 2).join(", ")}]`,
    `regions: [${pick(r, provinces, 2).join(", ")}]`,
    `years: { start: ${startYear}${status === "berjalan" ? "" : `, end: ${startYear + 2}`} }`,
    `scheme: ${schemes[i % schemes.length]}`,
    `legalBasis: ["PP 28/2018"]`,
    `status: ${status}`,
    `tags: [${pick(r, words, 5).join(", ")}]`,
    `themes: [${pick(r, themes, 2).join(", ")}]`,
    "parties:",
    `  - { name: "Pemerintah Kabupaten Contoh ${i}", role: "Pemrakarsa dan penyedia anggaran" }`,
    `  - { name: "Mitra Contoh ${i}", role: "Pelaksana program" }`,
    "timeline:",
    `  - { date: "${startYear}-03", event: "Penandatanganan nota kesepahaman." }`,
    `  - { date: "${startYear + 1}", event: "Perjanjian kerja sama mulai berjalan." }`,
    "outcomes:",
    `  - { label: "Penerima manfaat", value: "${(1000 + i).toLocaleString("id-ID")} orang", year: ${startYear + 1}, source: 2 }`,
    `relatedGuides: [${pick(r, guideIds, 2).join(", ")}]`,
    "sources:",
    ...sources,
    "---",
    "",
    ...body,
  ].join("\n");
}

const sizeOf = (dir) =>
  readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return sum + (s.isDirectory() ? sizeOf(p) : s.size);
  }, 0);
const countHtml = (dir) =>
  readdirSync(dir).reduce((n, name) => {
    const p = join(dir, name);
    return n + (statSync(p).isDirectory() ? countHtml(p) : name.endsWith(".html") ? 1 : 0);
  }, 0);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1).replace(".", ",");
const kb = (bytes) => Math.round(bytes / 1024).toLocaleString("id-ID");

const guideIds = readdirSync(join(contentSrc, "guides"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.slice(0, -4));
const rows = [];
for (const n of sizes) {
  const content = join(work, `content-${n}`);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(contentSrc, content, { recursive: true });
  for (let i = 1; i <= n; i++)
    writeFileSync(join(content, "cases", `sintetis-${String(i).padStart(5, "0")}.mdx`), syntheticCase(i, guideIds));
  const cache = join(work, `cache-${n}`);
  rmSync(cache, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cache,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const cmd = timeBin ? [timeBin, "-v", "npx", "astro", "build"] : ["npx", "astro", "build"];
  console.log(`bench: ${n} studi kasus sintetis, build …`);
  const t0 = performance.now();
  const res = spawnSync(cmd[0], cmd.slice(1), { env, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (res.status !== 0) {
    console.error(res.stdout.slice(-3000), res.stderr.slice(-3000));
    throw new Error(`build with ${n} cases failed`);
  }
  writeFileSync(join(work, `build-${n}.log`), res.stdout + res.stderr);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1] ?? NaN);
  // Astro's own phase timings show where the time goes.
  const log = res.stdout + res.stderr;
  // "12.3s", "850ms" or "3m 57s".
  const phase = (re) => {
    const m = re.exec(log);
    if (!m) return "?";
    const t = /(?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(m[1]);
    return t ? (Number(t[1] ?? 0) * 60 + Number(t[2]) * (t[3] === "ms" ? 0.001 : 1)).toFixed(1) : "?";
  };
  const pages = countHtml(outDir);
  // The search index: one file, or index files (and their snippet files in kalimat/) under search-index/.
  const indexFiles = [join(outDir, "search-index.json")].filter((f) => existsSync(f));
  const shards = join(outDir, "search-index");
  if (existsSync(shards))
    indexFiles.push(
      ...readdirSync(shards, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".json"))
        .map((f) => join(shards, f)),
    );
  const indexBytes = indexFiles.reduce((sum, f) => sum + statSync(f).size, 0);
  const row = {
    n,
    seconds,
    pages,
    pps: pages / seconds,
    peak: peakKb * 1024,
    dist: sizeOf(outDir),
    index: indexBytes,
    indexGz: indexFiles.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0),
    sync: phase(/\[types\] Generated ((?:\d+m )?[\d.]+m?s)/),
    vite: phase(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/),
    render: phase(/\d\d:\d\d:\d\d ✓ Completed in ((?:\d+m )?[\d.]+m?s)/),
    load: loadavg()[0],
  };
  rows.push(row);
  console.log(row);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
}

const fmt = (x, d = 1) => x.toFixed(d).replace(".", ",");
const section = [
  start,
  "## Build pada skala besar (`npm run bench`)",
  "",
  // A local calendar date: toISOString would give yesterday before 07:00 WIB.
  `Diukur ${new Date().toLocaleDateString("id-ID", { dateStyle: "long" })} pada ${cpus().length} inti CPU (${cpus()[0]?.model ?? "?"}), RAM ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Build dingin (cache Astro kosong); konten = salinan \`content/\` plus studi kasus sintetis (±900 kata, frontmatter lengkap). "Beban CPU" di atas jumlah inti berarti proses lain ikut berebut CPU sehingga waktunya tidak sebanding.`,
  "",
  "| studi kasus sintetis | halaman | waktu build (dtk) | halaman/dtk | memori puncak (MB) | ukuran dist (MB) | indeks pencarian (KB, gzip) | sinkronisasi konten (dtk) | bundel Vite (dtk) | render halaman (dtk) | beban CPU (load 1 mnt) |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString("id-ID")} | ${r.pages.toLocaleString("id-ID")} | ${fmt(r.seconds)} | ${fmt(r.pps)} | ${Number.isNaN(r.peak) ? "–" : mb(r.peak)} | ${mb(r.dist)} | ${r.index ? `${kb(r.index)} (${kb(r.indexGz)})` : "–"} | ${r.sync.replace(".", ",")} | ${r.vite.replace(".", ",")} | ${r.render.replace(".", ",")} | ${fmt(r.load)} |`,
  ),
  "",
  end,
].join("\n");
const existing = existsSync(reportFile) ? readFileSync(reportFile, "utf8") : "# Benchmark\n";
const next = existing.includes(start)
  ? existing.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
  : `${existing.trimEnd()}\n\n${section}\n`;
writeFileSync(reportFile, next);
console.log(`\n${section}\n\nDitulis ke ${reportFile}`);
