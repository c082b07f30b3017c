// Chart.js radar with one series per respondent, agency or assessment; its own entry point so the questionnaire
// never loads it. Series differ by colour, dash pattern and point shape (never colour alone), and a legend and a
// data table always sit beside the chart.
import type { Chart } from "chart.js";
import { drawRadarChart, lightAxis, radarPng, type AxisPalette, type DrawOptions } from "./radar-base";
import { styleAt } from "./series-styles";

export interface SeriesData {
  labels: string[];
  series: { label: string; values: (number | null)[] }[];
}

export interface Palette extends AxisPalette {
  dark: boolean;
}

export const lightPalette: Palette = { ...lightAxis, dark: false };

export function drawSeries(
  canvas: HTMLCanvasElement,
  data: SeriesData,
  palette: Palette,
  options: DrawOptions,
): Chart<"radar", (number | null)[]> {
  const datasets = data.series.map((s, i) => {
    const st = styleAt(i);
    const color = palette.dark ? st.dark : st.light;
    return {
      label: s.label,
      data: s.values,
      borderColor: color,
      backgroundColor: color,
      pointBackgroundColor: color,
      pointStyle: st.point,
      pointRadius: 5,
      borderWidth: 2,
      borderDash: st.dash,
      fill: false,
      spanGaps: false,
    };
  });
  return drawRadarChart(canvas, data.labels, datasets, palette, options);
}

/** The print image, in the light palette. */
export const seriesImage = (data: SeriesData, size = 560): string =>
  radarPng((canvas, options) => drawSeries(canvas, data, lightPalette, options), size);
