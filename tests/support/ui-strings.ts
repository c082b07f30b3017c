// Finds Indonesian user-facing text written inline in code (it belongs in src/i18n/): JSX text, string literals
// with Indonesian words, and the text and labelling attributes of .astro templates.
import ts from "typescript";

export interface Finding {
  line: number;
  text: string;
}

// Words that only an Indonesian phrase contains (function words and the site's UI vocabulary). An id such as
// "belum" or "kebutuhan" is a lower-case slug and is never reported; "Belum mulai" is.
const WORDS = new Set(
  (
    "dan yang di ke dari untuk dengan tidak ini itu atau pada sudah belum akan dapat bisa ada adalah jika bila kami " +
    "anda kita oleh juga lalu tetapi karena sebagai dalam lebih semua setiap hanya masih harus perlu agar sehingga " +
    "tanpa sedang telah baru lain para hal cara mulai selesai berjalan hapus batal lanjut lanjutkan kembali simpan " +
    "unduh cetak buka pilih tambah tambahkan cari hasil penilaian kuesioner pernyataan dimensi panduan studi kasus " +
    "kemitraan mitra instansi tautan berkas riwayat kata sandi tanggal kegiatan rencana aksi bukti jawaban skor " +
    "ringkasan sumber beranda tentang glosarium halaman situs menu tutup mode gelap terang langsung konten " +
    "memuat menyiapkan sektor wilayah skema status tahun sebelumnya sekarang perubahan kategori rata-rata " +
    "responden bandingkan lihat ubah ganti nama baru isi kosong salin bagikan gagal berhasil belum"
  ).split(" "),
);

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const KEY = /^[\w-]+(?:\.[\w-]+)+$/;

/** True when a piece of text reads as an Indonesian phrase rather than an id, a key, a path or markup. */
export function isIndonesianText(text: string): boolean {
  const s = text.trim();
  if (s === "" || SLUG.test(s) || KEY.test(s) || s.startsWith("/") || s.startsWith("#") || s.startsWith("."))
    return false;
  // A single token is a phrase only as a capitalised label ("Hapus"); ":riwayat:" or "penilaian/" are key parts.
  if (!/\s/.test(s) && !/^\p{Lu}\p{Ll}+$/u.test(s)) return false;
  const words = s.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  return words.some((w) => WORDS.has(w));
}

const lineOf = (source: string, pos: number) => source.slice(0, pos).split("\n").length;

/** Literals and JSX text in TypeScript or TSX source; `offset` shifts line numbers (an .astro frontmatter). */
export function scanScript(code: string, tsx: boolean, offsetLines = 0): Finding[] {
  const file = ts.createSourceFile(
    "x.tsx",
    code,
    ts.ScriptTarget.Latest,
    true,
    tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    out.push({ line: lineOf(code, node.getStart(file)) + offsetLines, text: text.trim().slice(0, 80) });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isIndonesianText(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
      if (isIndonesianText(parts)) report(node, parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/**
 * The top-level {expressions} of a template, at any depth of nesting (a regular expression only reaches a fixed
 * depth, and an arrow's ">" inside a deeper one would then read as the end of a tag). Braces are counted as they
 * are; none of the templates puts an unbalanced brace in a string.
 */
function expressionsOf(template: string): { at: number; code: string }[] {
  const found: { at: number; code: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "{") {
      if (depth === 0) start = i;
      depth++;
    } else if (c === "}" && depth > 0 && --depth === 0) {
      found.push({ at: start, code: template.slice(start, i + 1) });
    }
  }
  return found;
}

const LABEL_ATTRS = /\s(?:title|alt|aria-label|placeholder|label|description|summary)="([^"]*)"/g;

/** An .astro file: its frontmatter as TypeScript, and its template's text and labelling attributes. */
export function scanAstro(source: string): Finding[] {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const findings = fm ? scanScript(fm[1]!, false, 1) : [];
  const templateStart = fm ? fm[0].length : 0;
  // Blank out scripts, styles and {expressions} (keeping line breaks) so only literal template text remains.
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  let template = source
    .slice(templateStart)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
  const expressions = expressionsOf(template);
  for (const e of expressions)
    template = template.slice(0, e.at) + blank(e.code) + template.slice(e.at + e.code.length);
  const base = lineOf(source, templateStart) - 1;
  for (const e of expressions)
    findings.push(...scanScript(`(${e.code.slice(1, -1)})`, true, base + lineOf(template, e.at) - 1));
  for (const m of template.matchAll(/>([^<>]*)</g))
    if (/\p{L}/u.test(m[1]!))
      findings.push({ line: base + lineOf(template, m.index!), text: m[1]!.trim().slice(0, 80) });
  for (const m of template.matchAll(LABEL_ATTRS))
    if (isIndonesianText(m[1]!)) findings.push({ line: base + lineOf(template, m.index!), text: m[1]!.slice(0, 80) });
  return findings.sort((a, b) => a.line - b.line);
}
