// CSV exports for spreadsheets: one row per statement and one row per dimension. The cell rules (BOM, ";",
// decimal comma, formula prefixing) live in the shared CSV encoder; the words come from the caller's dictionary.
// Columns are only ever appended, so a spreadsheet built on an older export keeps reading the same columns.
import { encodeCsv, type CsvValue } from "../csv/encode";
import { levelLabel } from "./answers";
import { withOutgoingNotes } from "./notes";
import { namedPartners } from "./planning";
import { scoreResult, type DimensionScore } from "./scoring";
import { bandName } from "./summary";
import type { BankData, InstrumentKind, StoredResult } from "./types";

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
  /** Appended to the per-statement file: the evidence notes and the "Tidak berlaku" reason. */
  itemNotes: [evidenceNotes: string, reason: string];
  /** Appended to both files: the planning references. */
  planning: [
    partners: string,
    instrumentKind: string,
    instrumentNumber: string,
    signed: string,
    ends: string,
    target: string,
    program: string,
    activity: string,
    subActivity: string,
    budgetLine: string,
  ];
  instrumentKinds: Record<InstrumentKind, string>;
  /** A partner type's name from its id ("antar-instansi" → "Antar-instansi pemerintah"). */
  partnerType: (id: string) => string;
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

/** Several entries in one cell, one per line (spreadsheets show them stacked once the cell wraps). */
const lines = (entries: string[]) => entries.join("\n");

/** The planning references, the same on every row of the assessment (like the lead cells). */
function planningCells(result: StoredResult, l: CsvLabels): CsvValue[] {
  const p = result.rujukan;
  if (!p) return l.planning.map(() => null);
  const partner = (m: { nama: string; jenis: string }) =>
    m.jenis === "" ? m.nama.trim() : `${m.nama.trim()} (${l.partnerType(m.jenis)})`;
  const { jenis, nomor, tanggal, berakhir } = p.instrumen;
  return [
    lines(namedPartners(p).map(partner)),
    jenis === "" ? null : l.instrumentKinds[jenis],
    nomor.trim(),
    tanggal,
    berakhir,
    p.sasaran.trim(),
    p.program.trim(),
    p.kegiatan.trim(),
    p.subKegiatan.trim(),
    p.anggaran.trim(),
  ];
}

export function itemsCsv(bank: BankData, stored: StoredResult, l: CsvLabels): string {
  const result = withOutgoingNotes(stored);
  const dimName = new Map(bank.dimensions.map((d) => [d.id, d.name]));
  const evLabel = new Map(bank.evidence.map((e) => [e.id, e.label]));
  const planning = planningCells(result, l);
  const rows: CsvValue[][] = [[...l.lead, ...l.items, ...l.itemNotes, ...l.planning]];
  for (const item of bank.items) {
    const a = result.answers[item.id];
    const notes = result.catatanBukti?.[item.id] ?? {};
    rows.push([
      ...leadCells(bank, result),
      dimName.get(item.dimension) ?? item.dimension,
      item.id,
      item.statement,
      typeof a === "number" ? a : null,
      answerText(bank, item.id, a, l),
      (result.evidence[item.id] ?? []).map((e) => evLabel.get(e) ?? e).join(", "),
      lines((result.evidence[item.id] ?? []).flatMap((e) => (notes[e] ? [`${evLabel.get(e) ?? e}: ${notes[e]}`] : []))),
      result.alasan?.[item.id] ?? null,
      ...planning,
    ]);
  }
  return encodeCsv(rows);
}

export function dimensionsCsv(bank: BankData, result: StoredResult, l: CsvLabels): string {
  const score = scoreResult(bank, result.answers, result.evidence);
  const rows: CsvValue[][] = [[...l.lead, ...l.dimensions, ...l.planning]];
  const lead = leadCells(bank, result);
  const planning = planningCells(result, l);
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
      ...planning,
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
    ...planning,
  ]);
  return encodeCsv(rows);
}
