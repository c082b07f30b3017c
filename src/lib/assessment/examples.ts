// The methodology page's worked examples, computed with the real scoring rules at build time, so the page can never
// describe one rule and the code apply another. An example bank has eight dimensions of five statements and the
// real bands; the second dimension's fifth statement is a key item, so the first dimension's examples are free of it.
import { scoreDimension, scoreResult, type DimensionScore, type ResultScore } from "./scoring";
import type { Answer, BankData } from "./types";
import { dimensionIds as DIMS } from "../content/schema/dimensions";

export const EXAMPLE_KEY = "keselarasan-5";

/** An eight-dimension bank with `bank`'s bands and names, five statements each, one key item. */
export function exampleBank(bank: Pick<BankData, "bands" | "dimensions">): BankData {
  const name = (id: string) => bank.dimensions.find((d) => d.id === id)?.name ?? id;
  return {
    id: "kesiapan",
    version: 0,
    title: "",
    description: "",
    stage: "persiapan",
    scales: [
      { id: "persetujuan", name: "", question: "", levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: "" })) },
    ],
    evidence: [],
    dimensions: DIMS.map((id) => ({ id, name: name(id), shortLabel: id, description: "" })),
    items: DIMS.flatMap((d) =>
      [1, 2, 3, 4, 5].map((n) => ({
        id: `${d}-${n}`,
        dimension: d,
        statement: "",
        help: "",
        evidence: [],
        scale: "persetujuan" as const,
      })),
    ),
    bands: [...bank.bands].sort((a, b) => b.min - a.min),
    recommendations: [],
    keyItems: [EXAMPLE_KEY],
  };
}

/** Answers for one dimension's statements, in order. */
const row = (d: string, values: readonly (Answer | undefined)[]) =>
  Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[`${d}-${i + 1}`, v]])));

export interface Example<T> {
  answers: readonly (Answer | undefined)[];
  result: T;
}

export interface Examples {
  mean: Example<DimensionScore>;
  insufficient: Example<DimensionScore>;
  unknown: Example<DimensionScore>;
  notApplicable: Example<DimensionScore>;
  keyItem: Example<DimensionScore>;
  /** Seven dimensions at 5 and one at 1. */
  weakDimension: ResultScore;
  /** Only one dimension answered. */
  oneDimension: ResultScore;
  /** Dimension means 13/3, 17/4, 3,40 and 4,00 five times: 3,9979… shown as 4,00. */
  rounding: { means: number[]; raw: number; score: ResultScore };
}

export function methodologyExamples(bank: Pick<BankData, "bands" | "dimensions">): Examples {
  const b = exampleBank(bank);
  const dim = (values: (Answer | undefined)[], d: (typeof DIMS)[number] = "kebutuhan"): Example<DimensionScore> => ({
    answers: values,
    result: scoreDimension(b, d, row(d, values)),
  });
  const all = (a: Answer) => Object.assign({}, ...DIMS.map((d) => row(d, [a, a, a, a, a]))) as Record<string, Answer>;
  const fours = Object.assign({}, ...DIMS.slice(3).map((d) => row(d, [4, 4, 4, 4, 4])));
  const rounding = scoreResult(b, {
    ...fours,
    ...row("kebutuhan", [4, 4, 5]),
    ...row("keselarasan", [4, 4, 4, 5]),
    ...row("perencanaan", [4, 3, 3, 3, 4]),
  });
  const means = rounding.dimensions.map((d) => d.mean ?? 0);
  return {
    mean: dim([3, 4, 4, 4, "tb"]),
    insufficient: dim([5, undefined, undefined, undefined, "tb"]),
    unknown: dim(["tt", "tt", 5, 5, 5]),
    notApplicable: dim(["tb", "tb", "tb", "tb", "tb"]),
    keyItem: dim([5, 5, 5, 5, 1], "keselarasan"),
    weakDimension: scoreResult(b, { ...all(5), ...row("komunikasi", [1, 1, 1, 1, 1]) }),
    oneDimension: scoreResult(b, row("kebutuhan", [5, 5, 5, 5, 5])),
    rounding: { means, raw: means.reduce((s, m) => s + m, 0) / means.length, score: rounding },
  };
}
