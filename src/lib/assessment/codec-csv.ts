// CSV exports for spreadsheets: one row per statement and one row per dimension. The cell rules (BOM, ";",
// decimal comma, formula prefixing) live in the shared CSV encoder.
import { encodeCsv, type CsvValue } from "../csv/encode";
import { scoreResult } from "./scoring";
import { bandLabel } from "./summary";
import type { BankData, StoredResult } from "./types";

const round2 = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);

const answerText = (bank: BankData, a: StoredResult["answers"][string] | undefined): string => {
  if (a === undefined) return "Belum dijawab";
  if (a === "tb") return "Tidak berlaku";
  if (a === "tt") return "Tidak tahu";
  return bank.scale.find((s) => s.value === a)?.label ?? String(a);
};

/** The columns every row starts with: the questionnaire and the assessment it belongs to. */
const leadHeader: CsvValue[] = ["Kuesioner", "Versi", "Instansi", "Tanggal"];
const leadCells = (bank: BankData, result: StoredResult): CsvValue[] => [
  bank.id,
  bank.version,
  result.context.instansi,
  result.context.tanggal,
];

export function itemsCsv(bank: BankData, result: StoredResult): string {
  const dimName = new Map(bank.dimensions.map((d) => [d.id, d.name]));
  const evLabel = new Map(bank.evidence.map((e) => [e.id, e.label]));
  const rows: CsvValue[][] = [
    [...leadHeader, "Dimensi", "Kode pernyataan", "Pernyataan", "Nilai", "Jawaban", "Bukti pendukung"],
  ];
  for (const item of bank.items) {
    const a = result.answers[item.id];
    rows.push([
      ...leadCells(bank, result),
      dimName.get(item.dimension) ?? item.dimension,
      item.id,
      item.statement,
      typeof a === "number" ? a : null,
      answerText(bank, a),
      (result.evidence[item.id] ?? []).map((e) => evLabel.get(e) ?? e).join(", "),
    ]);
  }
  return encodeCsv(rows);
}

export function dimensionsCsv(bank: BankData, result: StoredResult): string {
  const score = scoreResult(bank, result.answers, result.evidence);
  const rows: CsvValue[][] = [
    [
      ...leadHeader,
      "Dimensi",
      "Rata-rata (1-5)",
      "Skor (0-100)",
      "Kategori",
      "Dijawab 1-5",
      "Tidak berlaku",
      "Tidak tahu",
      "Belum dijawab",
      "Cakupan bukti (%)",
    ],
  ];
  const lead = leadCells(bank, result);
  for (const d of score.dimensions)
    rows.push([
      ...lead,
      d.name,
      round2(d.mean),
      round2(d.score100),
      bandLabel(bank, d.band),
      d.answered,
      d.tidakBerlaku,
      d.tidakTahu,
      d.unanswered,
      d.evidenceCoverage === null ? null : Math.round(d.evidenceCoverage * 100),
    ]);
  rows.push([
    ...lead,
    "Indeks keseluruhan",
    round2(score.overall),
    round2(score.overall100),
    bandLabel(bank, score.overallBand),
    score.answeredItems,
    null,
    null,
    null,
    score.evidenceCoverage === null ? null : Math.round(score.evidenceCoverage * 100),
  ]);
  return encodeCsv(rows);
}
