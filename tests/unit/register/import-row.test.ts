import { describe, expect, it } from "vitest";
import { fieldForHeader, guessMapping, headerScore } from "../../../src/lib/register/import-columns";
import { checkRow, emptyRowFields, type RowFields } from "../../../src/lib/register/import-row";
import { readInstrument, readPartnerType, readStatus } from "../../../src/lib/register/import-values";

const row = (over: Partial<RowFields>): RowFields => ({ ...emptyRowFields(), name: "Kemitraan A", ...over });
const ctx = { columnOf: { signedOn: "Tgl TTD", endsOn: "Berlaku s.d.", name: "Judul" }, today: "2026-11-28" };
const codes = (over: Partial<RowFields>) => checkRow(row(over), ctx).problems.map((p) => p.key);

describe("spellings of instruments, statuses and partner types", () => {
  it.each([
    ["MoU", "mou"],
    ["M.o.U.", "mou"],
    ["Nota Kesepahaman", "mou"],
    ["Kesepakatan Bersama", "mou"],
    ["PKS", "pks"],
    ["Perjanjian Kerja Sama", "pks"],
    ["perjanjian kerjasama", "pks"],
    ["Lainnya", "lainnya"],
    ["Lain-lain", "lainnya"],
  ])("instrument %j → %s", (text, id) => expect(readInstrument(text)).toBe(id));

  it.each([
    ["Aktif", "aktif"],
    ["BERLAKU", "aktif"],
    ["Dalam perpanjangan", "dalam-perpanjangan"],
    ["dalam-perpanjangan", "dalam-perpanjangan"],
    ["Proses perpanjangan", "dalam-perpanjangan"],
    ["Berakhir", "berakhir"],
    ["Kedaluwarsa", "berakhir"],
    ["kadaluarsa", "berakhir"],
    ["Selesai", "berakhir"],
    ["Dihentikan", "dihentikan"],
    ["Dibatalkan", "dihentikan"],
  ])("status %j → %s", (text, id) => expect(readStatus(text)).toBe(id));

  it.each([
    ["Antarinstansi", "antar-instansi"],
    ["Kementerian/Lembaga", "antar-instansi"],
    ["Pemda", "antar-daerah"],
    ["Pemerintah–swasta", "pemerintah-swasta"],
    ["BUMN", "pemerintah-swasta"],
    ["Perguruan Tinggi", "pendidikan-industri"],
    ["Riset", "riset"],
    ["LSM", "masyarakat"],
    ["Lainnya", "lainnya"],
  ])("partner type %j → %s", (text, id) => expect(readPartnerType(text)).toBe(id));

  it("knows nothing it was not told", () => {
    expect(readInstrument("SPK")).toBeUndefined();
    expect(readStatus("mungkin")).toBeUndefined();
    expect(readPartnerType("")).toBeUndefined();
  });
});

describe("header mapping", () => {
  it("maps Indonesian and English headers whatever their case and punctuation", () => {
    expect(
      guessMapping([
        "No.",
        "Judul Kerja Sama",
        "Mitra",
        "Jenis Mitra",
        "Jenis Dokumen",
        "Nomor",
        "Tgl. Penandatanganan",
        "tgl_berakhir",
        "PIC",
        "Status",
        "Jadwal Evaluasi",
        "Keterangan",
      ]),
    ).toEqual([
      null,
      "name",
      "partners",
      "partnerTypes",
      "instrument",
      "number",
      "signedOn",
      "endsOn",
      "personInCharge",
      "status",
      "reviewOn",
      "note",
    ]);
    expect(guessMapping(["Partnership", "Partner", "Signed", "Expiry date", "Remarks"])).toEqual([
      "name",
      "partners",
      "signedOn",
      "endsOn",
      "note",
    ]);
  });

  it("gives each field to its first column only, and leaves unknown headers unmapped", () => {
    expect(guessMapping(["Nama", "Nama kemitraan", "Warna"])).toEqual(["name", null, null]);
    expect(fieldForHeader("No")).toBeNull();
  });

  it("scores a header row above a title row", () => {
    expect(headerScore(["DAFTAR KERJA SAMA PEMERINTAH KABUPATEN", "", ""])).toBe(0);
    expect(headerScore(["No", "Nama Kerja Sama", "Mitra", "Tanggal Berakhir"])).toBe(3);
  });
});

describe("checkRow", () => {
  it("turns a clean row into entry fields", () => {
    const r = checkRow(
      row({
        name: "  Layanan   data  ",
        partners: "Dinas A\nPT B",
        partnerTypes: "Antarinstansi\nSwasta",
        instrument: "PKS",
        number: "119/PKS/2025",
        signedOn: "12/03/2025",
        endsOn: "12 Maret 2027",
        personInCharge: "Bagian Kerja Sama",
        status: "Aktif",
        reviewOn: "2026-03-12",
        note: "  baris satu \r\n baris   dua ",
      }),
      ctx,
    );
    expect(r).toEqual({
      problems: [],
      fields: {
        name: "Layanan data",
        partners: [
          { name: "Dinas A", type: "antar-instansi" },
          { name: "PT B", type: "pemerintah-swasta" },
        ],
        instrument: "pks",
        number: "119/PKS/2025",
        signedOn: "2025-03-12",
        endsOn: "2027-03-12",
        personInCharge: "Bagian Kerja Sama",
        status: "aktif",
        reviewOn: "2026-03-12",
        note: "baris satu\nbaris dua",
        assessmentIds: [],
      },
    });
  });

  it("splits partners on lines, ; and |, and applies a single type to all", () => {
    const r = checkRow(row({ partners: "A; B | C", partnerTypes: "Riset", instrument: "mou", status: "aktif" }), ctx);
    expect(r.fields?.partners).toEqual([
      { name: "A", type: "riset" },
      { name: "B", type: "riset" },
      { name: "C", type: "riset" },
    ]);
  });

  it("reports each problem as a code with the file's own column name", () => {
    const r = checkRow(
      row({ name: "", signedOn: "31/02/2025", endsOn: "besok", status: "??", instrument: "SPK" }),
      ctx,
    );
    expect(r.fields).toBeUndefined();
    expect(r.problems).toEqual([
      { key: "register.import.nameMissing", severity: "error" },
      { key: "register.import.instrumentUnknown", severity: "error", params: { value: "SPK" } },
      { key: "register.import.dateInvalid", severity: "error", params: { column: "Tgl TTD", value: "31/02/2025" } },
      { key: "register.import.dateInvalid", severity: "error", params: { column: "Berlaku s.d.", value: "besok" } },
      { key: "register.import.statusUnknown", severity: "error", params: { value: "??" } },
    ]);
  });

  it("refuses an end date before the signing date and a month-first date", () => {
    expect(codes({ signedOn: "12/03/2025", endsOn: "11/03/2025", status: "aktif", instrument: "pks" })).toEqual([
      "register.import.endBeforeStart",
    ]);
    expect(codes({ endsOn: "03/25/2027", status: "aktif", instrument: "pks" })).toEqual([
      "register.import.dateMonthFirst",
    ]);
  });

  it("assumes what an empty instrument or status means, and says so", () => {
    expect(codes({})).toEqual(["register.import.instrumentAssumed", "register.import.statusAssumedActive"]);
    const ended = checkRow(row({ endsOn: "01/01/2026" }), ctx);
    expect(ended.fields?.status).toBe("berakhir");
    expect(ended.problems.map((p) => p.key)).toContain("register.import.statusAssumedEnded");
    expect(checkRow(row({ endsOn: "01/01/2026" }), { columnOf: {} }).fields?.status).toBe("aktif");
  });

  it("keeps formula cells as plain text and flags them, but not the site's own escaped cells", () => {
    const r = checkRow(
      row({ name: '=HYPERLINK("http://x")', number: "'=1+1", note: "@SUM(A1)", instrument: "pks", status: "aktif" }),
      ctx,
    );
    expect(r.fields?.name).toBe('=HYPERLINK("http://x")');
    expect(r.fields?.number).toBe("=1+1");
    expect(r.fields?.note).toBe("@SUM(A1)");
    expect(r.problems).toEqual([
      { key: "register.import.formulaCell", severity: "warning", params: { column: "Judul" } },
      { key: "register.import.formulaCell", severity: "warning", params: { column: "note" } },
    ]);
    expect(codes({ name: "-", instrument: "pks", status: "aktif" })).toEqual(["register.import.nameMissing"]);
    expect(codes({ name: "\tTab", instrument: "pks", status: "aktif" })).toEqual(["register.import.formulaCell"]);
  });

  it("warns about unknown partner types and types without partners", () => {
    expect(codes({ partners: "A", partnerTypes: "Alien", instrument: "pks", status: "aktif" })).toEqual([
      "register.import.partnerTypeUnknown",
    ]);
    expect(codes({ partnerTypes: "Riset", instrument: "pks", status: "aktif" })).toEqual([
      "register.import.partnerTypesWithoutPartners",
    ]);
  });

  it("enforces the text limits", () => {
    expect(codes({ name: "x".repeat(201), instrument: "pks", status: "aktif" })).toEqual(["register.import.tooLong"]);
    expect(codes({ note: "x".repeat(501), instrument: "pks", status: "aktif" })).toEqual(["register.import.tooLong"]);
    expect(codes({ partners: Array(21).fill("M").join(";"), instrument: "pks", status: "aktif" })).toEqual([
      "register.import.partnersTooMany",
    ]);
  });

  it("shortens a long value quoted back in a message", () => {
    const p = checkRow(row({ status: "x".repeat(200), instrument: "pks" }), ctx).problems[0]!;
    expect(String(p.params?.["value"])).toHaveLength(60);
  });
});
