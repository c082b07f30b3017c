import { describe, expect, it } from "vitest";
import { dimensionsCsv, itemsCsv } from "../../../src/lib/assessment/codec-csv";
import { parseCsv } from "../../../src/lib/csv/parse";
import { newResult } from "../../../src/lib/assessment/result";
import { csvLabels } from "../../../src/i18n/share";
import { bank, fill } from "./bank-fixture";

const r = {
  ...newResult(bank),
  answers: { ...fill("kebutuhan", [4, 3, "tt", 4]), ...fill("keselarasan", ["tb", 5]) },
  evidence: { "kebutuhan-1": ["mou", "pks"] },
  context: { instansi: '=HYPERLINK("http://x")', kemitraan: "", jenisMitra: "", tanggal: "2026-11-28" },
};

describe("CSV export", () => {
  it("per item: BOM, ';', a row per statement, answers and evidence labels", () => {
    const text = itemsCsv(bank, r, csvLabels());
    const { bom, rows } = parseCsv(text);
    expect(bom).toBe(true);
    expect(rows).toHaveLength(bank.items.length + 1);
    // The columns of earlier exports keep their places; later ones are appended (csv-notes.test.ts).
    expect(rows[0]!.slice(0, 10).join(";")).toBe(
      "Kuesioner;Versi;Instansi;Tanggal;Dimensi;Kode pernyataan;Pernyataan;Nilai;Jawaban;Bukti pendukung",
    );
    expect(rows[1]!.slice(0, 10)).toEqual([
      "kesiapan",
      "1",
      '\'=HYPERLINK("http://x")',
      "2026-11-28",
      "Dimensi kebutuhan",
      "kebutuhan-1",
      "Pernyataan kebutuhan 1",
      "4",
      "Skala 4",
      "MoU, PKS",
    ]);
    expect(rows[3]![8]).toBe("Tidak tahu");
    expect(rows[5]![8]).toBe("Tidak berlaku");
    expect(rows[7]![8]).toBe("Belum dijawab");
  });

  it("per dimension: decimal commas, rounded to 2 places, the verdict, and the overall row", () => {
    const { rows } = parseCsv(dimensionsCsv(bank, r, csvLabels()));
    expect(rows[0]!.slice(0, 12).join(";")).toBe(
      "Kuesioner;Versi;Instansi;Tanggal;Dimensi;Rata-rata (1-5);Kategori;Dijawab 1-5;Tidak berlaku;Tidak tahu;Belum dijawab;Cakupan bukti (%)",
    );
    for (const row of rows.slice(1))
      expect(row.slice(0, 4)).toEqual(["kesiapan", "1", '\'=HYPERLINK("http://x")', "2026-11-28"]);
    expect(rows[1]!.slice(4, 12)).toEqual(["Dimensi kebutuhan", "3,67", "Perlu dibahas", "3", "0", "1", "0", "50"]);
    expect(rows[2]!.slice(4, 7)).toEqual(["Dimensi keselarasan", "5", "Kekuatan"]);
    expect(rows[3]!.slice(5, 7)).toEqual(["", "Data belum cukup"]);
    // Two of three dimensions scored: the overall index needs all three in a bank this small (75 %).
    expect(rows.at(-1)!.slice(4, 7)).toEqual(["Indeks keseluruhan", "", "Data belum cukup"]);
    expect(rows[1]![2]).toBe('\'=HYPERLINK("http://x")');
  });
});
