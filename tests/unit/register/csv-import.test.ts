import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addEntries, listRegister } from "../../../src/lib/register/storage";
import {
  confirmImport,
  previewCsvImport,
  previewTable,
  recheckRows,
  type ImportPreview,
} from "../../../src/lib/register/csv-import";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readCsvTable } from "../../../src/lib/register/csv-table";
import { importFields } from "../../../src/lib/register/import-columns";
import { validateEntry } from "../../../src/lib/register/validate";
import { FakeStorage } from "../assessment/fake-storage";
import { entry, utf8 } from "./support";

const today = "2026-11-28";
const now = new Date("2026-11-28T03:15:00.000Z");
const fileCodes = (p: ImportPreview) => p.problems.map((x) => x.key);
const rowCodes = (p: ImportPreview) => p.rows.map((r) => r.problems.map((x) => x.key));
let n = 0;
const newId = () => `k-imp-${++n}`;

const cp1252 = (s: string) =>
  Uint8Array.from([...s], (c) => {
    const special: Record<string, number> = { "€": 0x80, "–": 0x96, "“": 0x93, "”": 0x94 };
    return special[c] ?? c.charCodeAt(0);
  });

const SAMPLE =
  "No;Nama Kerja Sama;Mitra;Jenis Mitra;Jenis Dokumen;Nomor;Tanggal Penandatanganan;Tanggal Berakhir;Penanggung Jawab;Status;Keterangan\r\n" +
  '1;Layanan Adminduk Terpadu;"Dinas Dukcapil\nBPJS Kesehatan";"Antarinstansi\nAntarinstansi";PKS;119/PKS/2025;12/03/2025;12 Maret 2027;Bagian Kerja Sama;Aktif;\r\n' +
  '2;Beasiswa Vokasi;Politeknik Negeri;Perguruan tinggi;Nota Kesepahaman;;1 Jan 2024;31-12-2026;Disdik;Berlaku;"Catatan; dengan pemisah"\r\n';

describe("previewCsvImport on a typical file", () => {
  it("reads encoding, separator, header, mapping, samples and rows", () => {
    const p = previewCsvImport(utf8(`\uFEFF${SAMPLE}`), { today });
    expect(p).toMatchObject({ encoding: "utf-8-bom", delimiter: ";", headerRow: 1, ready: 2, problems: [] });
    expect(p.mapping).toEqual([null, ...importFields.filter((f) => f !== "reviewOn")]);
    expect(p.columns[1]).toEqual({
      header: "Nama Kerja Sama",
      field: "name",
      guessed: "name",
      samples: ["Layanan Adminduk Terpadu", "Beasiswa Vokasi"],
    });
    expect(p.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(p.rows[0]!.entry).toMatchObject({
      name: "Layanan Adminduk Terpadu",
      partners: [
        { name: "Dinas Dukcapil", type: "antar-instansi" },
        { name: "BPJS Kesehatan", type: "antar-instansi" },
      ],
      instrument: "pks",
      signedOn: "2025-03-12",
      endsOn: "2027-03-12",
    });
    expect(p.rows[1]!.entry).toMatchObject({ instrument: "mou", status: "aktif", note: "Catatan; dengan pemisah" });
  });

  it("reads the same file saved as Windows-1252 with commas, LF endings and a title row", () => {
    const text =
      "DAFTAR KERJA SAMA KABUPATEN CONTOH TAHUN 2025,,,\n\n" +
      "Nama,Mitra,Tanggal Berakhir,Status,Keterangan\n" +
      "Café Ekonomi Kreatif,“PT Maju”,31/12/2026,Aktif,Nilai €5 juta – tahap 1\n";
    const p = previewCsvImport(cp1252(text), { today });
    expect(p).toMatchObject({ encoding: "windows-1252", delimiter: ",", headerRow: 3, ready: 1 });
    expect(fileCodes(p)).toEqual(["register.import.rowsAboveHeader"]);
    expect(p.rows[0]!.entry).toMatchObject({
      name: "Café Ekonomi Kreatif",
      partners: [{ name: "“PT Maju”", type: "lainnya" }],
      note: "Nilai €5 juta – tahap 1",
    });
  });

  it("reads UTF-16 LE tab-separated text (Excel's Unicode Text)", () => {
    const text = "Nama\tStatus\tTanggal berakhir\r\nKerja sama é\tAktif\t2027-01-01\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((c, i) => {
      bytes[2 + 2 * i] = c.charCodeAt(0) & 0xff;
      bytes[3 + 2 * i] = c.charCodeAt(0) >> 8;
    });
    const p = previewCsvImport(bytes, { today });
    expect(p).toMatchObject({ encoding: "utf-16le", delimiter: "\t", ready: 1 });
    expect(p.rows[0]!.entry?.name).toBe("Kerja sama é");
  });
});

describe("hostile files", () => {
  const corpus: [string, Uint8Array, string[]][] = [
    ["an empty file", new Uint8Array(), ["register.import.fileEmpty"]],
    ["only a BOM", utf8("\uFEFF"), ["register.import.fileEmpty"]],
    ["only blank lines and separators", utf8("\r\n;;;\r\n\r\n"), ["register.import.fileEmpty"]],
    ["a header without rows", utf8("Nama;Status\r\n"), ["register.import.noRows"]],
    ["an xlsx workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), ["register.import.fileIsWorkbook"]],
    ["an old xls workbook", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), ["register.import.fileIsWorkbook"]],
    [
      "a PNG image",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      ["register.import.fileNotText"],
    ],
    ["UTF-16 without a BOM", utf8("N\u0000a\u0000m\u0000a\u0000"), ["register.import.fileNotText"]],
    ["an unclosed quote", utf8('Nama;Status\r\nA;Aktif\r\n"B;Aktif\r\nC;Aktif\r\n'), ["register.import.unclosedQuote"]],
    ["no name column", utf8("Mitra;Status\r\nA;Aktif\r\n"), ["register.import.nameColumnMissing"]],
  ];

  it.each(corpus)("%s → %j", (_label, bytes, codes) => {
    const p = previewCsvImport(bytes, { today });
    expect(fileCodes(p)).toEqual(codes);
    if (codes[0] !== "register.import.nameColumnMissing") expect(p.ready).toBe(0);
  });

  it("says in which row an unclosed quote starts", () => {
    const p = previewCsvImport(utf8('Nama;Status\r\nA;Aktif\r\n"B;Aktif\r\n'));
    expect(p.problems[0]).toEqual({ key: "register.import.unclosedQuote", severity: "error", params: { row: 3 } });
    expect(p.rows).toEqual([]);
  });

  it("refuses a file over the size limit before reading it", () => {
    const p = previewCsvImport(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(p.problems).toEqual([{ key: "register.import.fileTooLarge", severity: "error", params: { maxMb: 10 } }]);
  });

  it("keeps quoted separators, doubled quotes and embedded line breaks inside their cell", () => {
    const p = previewCsvImport(
      utf8('Nama,Mitra,Keterangan,Status\n"Kerja sama ""Satu Data"", tahap 2","A; B","baris 1\r\nbaris 2",Aktif\n'),
    );
    expect(p.rows[0]!.entry).toMatchObject({
      name: 'Kerja sama "Satu Data", tahap 2',
      partners: [{ name: "A" }, { name: "B" }],
      note: "baris 1\nbaris 2",
    });
  });

  it("flags formula cells and stores them as plain text", () => {
    const p = previewCsvImport(
      utf8("Nama;Mitra;Status\r\n=cmd|' /C calc'!A0;@SUM(1+1);Aktif\r\n\"+62 811\";-x;Aktif\r\n"),
    );
    expect(rowCodes(p)).toEqual([
      ["register.import.formulaCell", "register.import.formulaCell", "register.import.instrumentAssumed"],
      ["register.import.formulaCell", "register.import.formulaCell", "register.import.instrumentAssumed"],
    ]);
    expect(p.rows[0]!.entry?.name).toBe("=cmd|' /C calc'!A0");
    expect(p.rows[1]!.entry?.partners[0]?.name).toBe("-x");
  });

  it("pads short rows, ignores and reports cells beyond the header", () => {
    const p = previewCsvImport(utf8("Nama;Status;Instrumen\r\nA\r\nB;Aktif;PKS;lebih\r\n"));
    expect(p.rows[0]!.entry).toMatchObject({ name: "A", status: "aktif", instrument: "lainnya" });
    expect(rowCodes(p)[1]).toEqual(["register.import.extraCells"]);
  });

  it("reads 10,000 rows, and refuses one more", () => {
    const line = (i: number) => `Kerja sama ${i};Mitra ${i};PKS;${i}/PKS/2025;12/03/2025;12/03/2027;Aktif\r\n`;
    const header = "Nama;Mitra;Instrumen;Nomor;Tanggal penandatanganan;Tanggal berakhir;Status\r\n";
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => line(i)).join("");
    const p = previewCsvImport(utf8(header + rows), { today });
    expect(p.problems).toEqual([]);
    expect(p.ready).toBe(MAX_IMPORT_ROWS);
    const confirmed = confirmImport(
      p,
      p.rows.map((r) => r.row),
      { now, newId },
    );
    expect(confirmed.entries).toHaveLength(MAX_IMPORT_ROWS);
    expect(fileCodes(previewCsvImport(utf8(header + rows + line(MAX_IMPORT_ROWS))))).toEqual([
      "register.import.tooManyRows",
    ]);
  });

  it("never throws and never returns an invalid entry, on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const p = previewCsvImport(bytes, { today });
        for (const r of p.rows) if (r.entry) expect(r.problems.every((x) => x.severity === "warning")).toBe(true);
        const c = confirmImport(
          p,
          p.rows.map((r) => r.row),
          { now, newId },
        );
        for (const e of c.entries) expect(validateEntry(e).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on CSV-shaped text built from the troublesome characters", () => {
    const unit = fc.constantFrom(
      "a",
      "Z",
      " ",
      ";",
      ",",
      "\t",
      '"',
      '""',
      "\r\n",
      "\n",
      "\r",
      "=",
      "+",
      "-",
      "@",
      "'",
      "é",
      "€",
      "🌴",
      "\uFEFF",
      "\u0000",
      "\ud800",
      "Nama",
      "Status",
      "Aktif",
      "12/03/2025",
      "Mitra",
      "|",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.constantFrom("utf8", "cp1252"), (text, enc) => {
        const bytes =
          enc === "utf8"
            ? utf8(`Nama;Mitra;Status\r\n${text}`)
            : cp1252(`Nama,Status\n${text}`.replace(/[^\u0000-\u00ff€–“”]/g, "?"));
        const p = previewCsvImport(bytes, { today });
        const c = confirmImport(
          p,
          p.rows.map((r) => r.row),
          { now, newId },
        );
        expect(c.entries.length).toBe(p.ready);
        for (const e of c.entries) expect(validateEntry(e)).toEqual({ ok: true, value: e });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("mapping chosen by the user", () => {
  const text = utf8("Kolom A;Kolom B;Kolom C\r\nLayanan data;Aktif;31/12/2027\r\n");

  it("applies the user's mapping instead of the guess", () => {
    const guessed = previewCsvImport(text);
    expect(fileCodes(guessed)).toEqual(["register.import.nameColumnMissing"]);
    const p = previewCsvImport(text, { mapping: ["name", "status", "endsOn"] });
    expect(p.columns.map((c) => [c.field, c.guessed])).toEqual([
      ["name", null],
      ["status", null],
      ["endsOn", null],
    ]);
    expect(p.rows[0]!.entry).toMatchObject({ name: "Layanan data", status: "aktif", endsOn: "2027-12-31" });
  });

  it("uses a field's first column when the user maps two, and ignores unknown values", () => {
    const p = previewCsvImport(text, { mapping: ["name", "name", "bogus" as never] });
    expect(p.mapping).toEqual(["name", null, null]);
    expect(p.problems).toEqual([
      { key: "register.import.mappingDuplicate", severity: "warning", params: { column: "Kolom B", first: 1 } },
    ]);
  });

  it("re-maps a table without reading the file again", () => {
    const table = readCsvTable(text);
    expect(previewTable(table, { mapping: [null, null, null] }).problems.map((p) => p.key)).toEqual([
      "register.import.nameColumnMissing",
    ]);
  });
});

describe("duplicates and the confirm step", () => {
  const existing = [
    entry({ name: "Layanan Adminduk Terpadu", number: "119/PKS/2025", partners: [] }),
    entry({ name: "Satu Data", number: "", partners: [{ name: "BPS", type: "antar-instansi" }] }),
  ];
  const file = utf8(
    "Nama;Mitra;Nomor;Status;Instrumen\r\n" +
      "Nama lain;;119-pks-2025;Aktif;PKS\r\n" + // same number as an existing entry
      "satu  data;bps;;Aktif;PKS\r\n" + // same name and partners
      "Satu Data;BPS;7/PKS/2026;Aktif;PKS\r\n" + // has a number the existing one lacks: still the same partnership
      "Layanan Adminduk Terpadu;;120/PKS/2026;Aktif;PKS\r\n" + // a renewal: same name, new number
      "Baru;X;;Aktif;PKS\r\n" +
      "Baru;X;;Aktif;PKS\r\n", // repeats the row above
  );

  it("detects duplicates of the register and within the file", () => {
    const p = previewCsvImport(file, { existing, today });
    expect(rowCodes(p)).toEqual([
      ["register.import.duplicateExisting"],
      ["register.import.duplicateExisting"],
      ["register.import.duplicateExisting"],
      [],
      [],
      ["register.import.duplicateInFile"],
    ]);
    expect(p.rows[0]!.problems[0]!.params).toEqual({ name: "Layanan Adminduk Terpadu" });
    expect(p.rows[5]!.problems[0]!.params).toEqual({ row: 6 });
    expect(p.ready).toBe(2);
  });

  it("imports only confirmed rows without errors, with fresh ids and the import time", () => {
    const p = previewCsvImport(file, { existing, today });
    const c = confirmImport(p, [2, 5, 6], { existing, now, newId: () => "k-fixed" });
    expect(c.entries).toHaveLength(2);
    expect(c.entries.map((e) => [e.name, e.id, e.createdAt, e.updatedAt])).toEqual([
      ["Layanan Adminduk Terpadu", "k-fixed", now.toISOString(), now.toISOString()],
      ["Baru", "k-fixed", now.toISOString(), now.toISOString()],
    ]);
    expect(c.skipped).toEqual([
      { row: 2, problems: [expect.objectContaining({ key: "register.import.duplicateExisting" })] },
    ]);
  });

  it("checks again at confirm time: a row added since the preview is not imported twice", () => {
    const p = previewCsvImport(file, { existing, today });
    const first = confirmImport(p, [6], { existing, now, newId });
    const again = confirmImport(p, [6], { existing: [...existing, ...first.entries], now, newId });
    expect(again.entries).toEqual([]);
    expect(again.skipped[0]!.problems[0]!.key).toBe("register.import.duplicateExisting");
  });

  it("a fixed row becomes importable after a recheck", () => {
    const p = previewCsvImport(utf8("Nama;Tanggal berakhir;Status\r\nA;31/02/2027;Aktif\r\n"), { today });
    expect(p.ready).toBe(0);
    const edited = p.rows.map((r) => ({ ...r, fields: { ...r.fields, endsOn: "28/02/2027" } }));
    const fixed = recheckRows(p, edited, { today });
    expect(fixed.ready).toBe(1);
    expect(confirmImport(fixed, [2], { now, newId }).entries[0]?.endsOn).toBe("2027-02-28");
  });

  it("writes the confirmed entries without touching what is stored", () => {
    const s = new FakeStorage();
    addEntries(existing, s);
    const before = new Map(s.map);
    const p = previewCsvImport(file, { existing: listRegister(s).entries, today });
    const c = confirmImport(
      p,
      p.rows.map((r) => r.row),
      { existing: listRegister(s).entries, now },
    );
    expect(addEntries(c.entries, s).every((o) => o.ok)).toBe(true);
    for (const [k, v] of before) expect(s.map.get(k)).toBe(v);
    expect(listRegister(s).entries).toHaveLength(existing.length + 2);
  });
});
