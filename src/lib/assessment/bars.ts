// Model of the sorted bar chart, drawn as plain HTML/SVG so it prints and reads without a canvas.
import type { DimensionStatus, ResultScore } from "./scoring";
import type { BandId } from "./types";

export interface BarRow {
  id: string;
  label: string;
  mean: number | null;
  /** Bar length as a share of the 1–5 range, 0–1 (0 when unscored). */
  fraction: number;
  band: BandId | null;
  status: DimensionStatus;
}

/** Scored dimensions highest first, then the unscored ones in bank order. */
export function barRows(score: ResultScore): BarRow[] {
  const scored = score.dimensions
    .filter((d) => d.mean !== null)
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || a.order - b.order);
  const rest = score.dimensions.filter((d) => d.mean === null);
  return [...scored, ...rest].map((d) => ({
    id: d.id,
    label: d.shortLabel,
    mean: d.mean,
    fraction: d.mean === null ? 0 : Math.min(1, Math.max(0, (d.mean - 1) / 4)),
    band: d.band,
    status: d.status,
  }));
}
