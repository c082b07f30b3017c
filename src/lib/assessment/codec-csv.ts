// CSV exports for spreadsheets: one row per statement and one row per dimension. The cell rules (BOM, ";",
// decimal comma, formula prefixing) live in the shared CSV encoder; the words come from the caller's dictionary.
import { encodeCsv, type CsvValue } from "../csv/encode";
import { levelLabel } from "./answers";
import { scoreResult, type DimensionScore } from "./scoring";
import { bandName } from "./summary";
import type { BankData, StoredResult } from "./types";

/** Every word the two files contain besides the bank's own text. */
export interface CsvLabels {
  lead: [bank: string, version: string, agency: string, date: string];
  items: [dimension: string, code: string, statement: string, value: string, answer: string, evidence: string];
  dimensions: [
    dimension: string,
    mean: string,
    band: string,
    answered: string,
    notApplicable: string,
    unknown: string,
    unanswered: string,
    coverage: string,
  ];
  overallRow: string;
  /** Answer words for the unanswered, "Tidak berlaku" and "Tidak tahu" cases. */
  unansweredAnswer: string;
  tb: string;
  tt: string;
  /** The band cell of a dimension without a score, by why it has none; and of a missing overall index. */
  unscored: Record<Exclude<DimensionScore["status"], "scored">, string>;
  noOverall: string;
}

const answerText = (bank: BankData, itemId: string, a: StoredResult["answers"][string] | undefined, l: CsvLabels) => {
  if (a === undefined) return l.unansweredAnswer;
  if (a === "tb") return l.tb;
  if (a === "tt") return l.tt;
  return levelLabel(bank, itemId, a) ?? String(a);
};

const bandCell = (bank: BankData, d: DimensionScore, l: CsvLabels) =>
  d.status === "scored" && d.band !== null
    ? bandName(bank, d.band)
    : l.unscored[d.status === "scored" ? "insufficient" : d.status];

/** The cells every row starts with: the questionnaire and the assessment it belongs to. */
const leadCells = (bank: BankData, result: StoredResult): CsvValue[] => [
  bank.id,
  bank.version,
  result.context.instansi,
  result.context.tanggal,
];

export function itemsCsv(bank: BankData, result: StoredResult, l: CsvLabels): string {
  const dimName = new Map(bank.dimensions.map((d) => [d.id, d.name]));
  const evLabel = new Map(bank.evidence.map((e) => [e.id, e.label]));
  const rows: CsvValue[][] = [[...l.lead, ...l.items]];
  for (const item of bank.items) {
    const a = result.answers[item.id];
    rows.push([
      ...leadCells(bank, result),
      dimName.get(item.dimension) ?? item.dimension,
      item.id,
      item.statement,
      typeof a === "number" ? a : null,
      answerText(bank, item.id, a, l),
      (result.evidence[item.id] ?? []).map((e) => evLabel.get(e) ?? e).join(", "),
    ]);
  }
  return encodeCsv(rows);
}

export function dimensionsCsv(bank: BankData, result: StoredResult, l: CsvLabels): string {
  const score = scoreResult(bank, result.answers, result.evidence);
  const rows: CsvValue[][] = [[...l.lead, ...l.dimensions]];
  const lead = leadCells(bank, result);
  for (const d of score.dimensions)
    rows.push([
      ...lead,
      d.name,
      d.shown,
      bandCell(bank, d, l),
      d.answered,
      d.tidakBerlaku,
      d.tidakTahu,
      d.unanswered,
      d.evidenceCoverage === null ? null : Math.round(d.evidenceCoverage * 100),
    ]);
  rows.push([
    ...lead,
    l.overallRow,
    score.overall,
    score.overallBand === null ? l.noOverall : bandName(bank, score.overallBand),
    score.answeredItems,
    null,
    null,
    null,
    score.evidenceCoverage === null ? null : Math.round(score.evidenceCoverage * 100),
  ]);
  return encodeCsv(rows);
}
