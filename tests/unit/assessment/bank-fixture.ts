import type { BankData } from "../../../src/lib/assessment/types";

const dims = ["kebutuhan", "keselarasan", "perencanaan"] as const;
const sizes = { kebutuhan: 4, keselarasan: 2, perencanaan: 4 } as const;

/** A small bank with the real bands: 3 dimensions of 4, 2 and 4 items. */
export const bank: BankData = {
  id: "kesiapan",
  version: 1,
  title: "Bank uji",
  description: "Bank kecil untuk pengujian unit.",
  stage: "persiapan",
  scales: [
    {
      id: "persetujuan",
      name: "",
      question: "",
      levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Skala ${value}` })),
    },
  ],
  evidence: [
    { id: "mou", label: "MoU" },
    { id: "pks", label: "PKS" },
  ],
  dimensions: dims.map((id) => ({ id, name: `Dimensi ${id}`, shortLabel: id, description: "Deskripsi dimensi." })),
  items: dims.flatMap((d) =>
    Array.from({ length: sizes[d] }, (_, i) => ({
      id: `${d}-${i + 1}`,
      dimension: d,
      statement: `Pernyataan ${d} ${i + 1}`,
      help: "Bantuan.",
      evidence: ["mou", "pks"],
      scale: "persetujuan" as const,
    })),
  ),
  bands: [
    { id: "kekuatan", label: "Kekuatan", min: 4 },
    { id: "perlu-dibahas", label: "Perlu dibahas", min: 3 },
    { id: "perlu-perhatian", label: "Perlu perhatian", min: 1 },
  ],
  recommendations: dims.flatMap((d) =>
    (["kekuatan", "perlu-dibahas", "perlu-perhatian"] as const).map((band) => ({
      dimension: d,
      band,
      text: `Saran ${d} ${band}. Kalimat kedua.`,
      guides: [
        { id: "langkah-perencanaan-bersama", title: "Perencanaan", path: "/panduan/langkah-perencanaan-bersama/" },
      ],
    })),
  ),
  keyItems: [],
};

/** Answers for every item of a dimension. */
export const fill = (dim: string, values: (1 | 2 | 3 | 4 | 5 | "tb" | "tt" | undefined)[]) =>
  Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[`${dim}-${i + 1}`, v]])));
