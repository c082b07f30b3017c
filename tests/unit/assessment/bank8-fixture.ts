// A bank the size of the real ones (8 dimensions of 5 statements) with three key items, for the overall rules.
import type { Answer, BankData } from "../../../src/lib/assessment/types";
import { bank as small } from "./bank-fixture";

const dims = [
  "kebutuhan",
  "keselarasan",
  "perencanaan",
  "tata-kelola",
  "komunikasi",
  "sumber-daya",
  "evaluasi",
  "keberlanjutan",
] as const;

export const bank8: BankData = {
  ...small,
  dimensions: dims.map((id) => ({ id, name: `Dimensi ${id}`, shortLabel: id, description: "Deskripsi dimensi." })),
  items: dims.flatMap((d) =>
    Array.from({ length: 5 }, (_, i) => ({
      id: `${d}-${i + 1}`,
      dimension: d,
      statement: `Pernyataan ${d} ${i + 1}`,
      help: "Bantuan.",
      evidence: ["mou", "pks"],
      scale: "persetujuan" as const,
    })),
  ),
  recommendations: dims.flatMap((d) =>
    (["kekuatan", "perlu-dibahas", "perlu-perhatian"] as const).map((band) => ({
      dimension: d,
      band,
      text: `Saran ${d} ${band}.`,
      aksi: `Susun langkah ${d} ${band}.`,
      guides: [],
    })),
  ),
  keyItems: ["kebutuhan-5", "tata-kelola-1", "sumber-daya-2"],
};

/** The same answer on every statement of every dimension, then `overrides`. */
export const everywhere = (a: Answer, overrides: Record<string, Answer> = {}): Record<string, Answer> => ({
  ...Object.fromEntries(bank8.items.map((i) => [i.id, a])),
  ...overrides,
});

/** Answers for one dimension's five statements (undefined leaves one unanswered). */
export const dim = (d: string, values: (Answer | undefined)[]): Record<string, Answer> =>
  Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[`${d}-${i + 1}`, v]])));
