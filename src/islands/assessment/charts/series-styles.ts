// Series styles shared by the chart chunk and the always-loaded legend (which must not pull in Chart.js); the
// legend names each style's pattern through src/i18n/charts.ts (style i is named by the key charts.pattern.<i>).
import type { PointStyle } from "chart.js";

export interface SeriesStyle {
  light: string;
  dark: string;
  dash: number[];
  point: PointStyle;
}

// Each light colour has ≥ 3:1 contrast on white, each dark one on the dark background.
export const seriesStyles: SeriesStyle[] = [
  { light: "#0b5cad", dark: "#7db8f5", dash: [], point: "circle" },
  { light: "#b33c00", dark: "#ffa36b", dash: [8, 4], point: "rect" },
  { light: "#1b7a3e", dark: "#6fd58f", dash: [2, 3], point: "triangle" },
  {
    light: "#8e3b8e",
    dark: "#e19be1",
    dash: [10, 3, 2, 3],
    point: "rectRot",
  },
  { light: "#6b5900", dark: "#e3cc5a", dash: [4, 4], point: "star" },
  {
    light: "#00727a",
    dark: "#5fd3dc",
    dash: [12, 6],
    point: "crossRot",
  },
  { light: "#a0153e", dark: "#ff8fa8", dash: [1, 2], point: "rectRounded" },
  { light: "#4a5563", dark: "#cfd6de", dash: [6, 2, 1, 2], point: "cross" },
];

export const styleAt = (i: number): SeriesStyle => seriesStyles[i % seriesStyles.length]!;
