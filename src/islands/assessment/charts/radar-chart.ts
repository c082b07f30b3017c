// The results' radar: one series, filled. Its own entry point (loaded for results only); it adds just the Filler
// plugin to the radar pieces that radar-base registers, so the chunk stays small.
import { Chart, Filler } from "chart.js";
import { drawRadarChart, lightAxis, radarPng, type AxisPalette, type DrawOptions } from "./radar-base";

Chart.register(Filler);

export interface RadarPalette extends AxisPalette {
  accent: string;
  fill: string;
}

/** Fixed light colours for the printed image, whatever the screen theme. */
export const lightPalette: RadarPalette = { ...lightAxis, accent: "#0b5cad", fill: "rgba(11, 92, 173, 0.18)" };

export interface RadarData {
  labels: string[];
  /** Dimension means 1–5; null where the data is not enough (drawn as a gap). */
  values: (number | null)[];
}

export function drawRadar(
  canvas: HTMLCanvasElement,
  data: RadarData,
  palette: RadarPalette,
  options: DrawOptions,
): Chart<"radar", (number | null)[]> {
  const dataset = {
    data: data.values,
    borderColor: palette.accent,
    backgroundColor: palette.fill,
    pointBackgroundColor: palette.accent,
    pointRadius: 4,
    borderWidth: 2,
    fill: true,
    spanGaps: false,
  };
  return drawRadarChart(canvas, data.labels, [dataset], palette, options);
}

/** The print image, in the light palette with slightly larger labels. */
export const radarImage = (data: RadarData, size = 560): string =>
  radarPng((canvas, options) => drawRadar(canvas, data, lightPalette, { ...options, fontSize: 14 }), size);
