// What the single-series radar (results) and the multi-series radar (comparison) share: the 1–5 scale, the drawing
// options and the print image. Each chart keeps its own entry point, so the questionnaire's results never load the
// multi-series code and the comparison never loads the single-series one; only this module and Chart.js are common.
import { Chart, LineElement, PointElement, RadarController, RadialLinearScale, type ChartDataset } from "chart.js";
import { wrapLabel } from "../../../lib/assessment/chart-labels";

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);

/** Colours of the scale: tick and label text, grid and angle lines. */
export interface AxisPalette {
  fg: string;
  line: string;
}

/** Fixed light colours for the printed image, whatever the screen theme. */
export const lightAxis: AxisPalette = { fg: "#1a1f26", line: "#c9d1db" };

export interface DrawOptions {
  animate: boolean;
  responsive: boolean;
  pixelRatio?: number;
  fontSize?: number;
}

export type RadarDataset = ChartDataset<"radar", (number | null)[]>;

/** A radar on the 1–5 scale; static (no hover or tooltips), since the numbers are always in a table beside it. */
export function drawRadarChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  datasets: RadarDataset[],
  palette: AxisPalette,
  options: DrawOptions,
): Chart<"radar", (number | null)[]> {
  const size = options.fontSize ?? 13;
  // On a phone the chart is narrow: smaller type and labels on two lines keep every label inside the canvas.
  const font = (ctx: { chart: { width: number } }) => ({ size: ctx.chart.width < 420 ? Math.min(size, 11) : size });
  return new Chart(canvas, {
    type: "radar",
    data: { labels, datasets },
    options: {
      responsive: options.responsive,
      maintainAspectRatio: true,
      animation: options.animate ? { duration: 400 } : false,
      ...(options.pixelRatio ? { devicePixelRatio: options.pixelRatio } : {}),
      events: [],
      layout: { padding: 4 },
      scales: {
        r: {
          min: 1,
          max: 5,
          ticks: { stepSize: 1, color: palette.fg, backdropColor: "transparent", font },
          grid: { color: palette.line },
          angleLines: { color: palette.line },
          pointLabels: { color: palette.fg, font, callback: (label: string) => wrapLabel(label) },
        },
      },
    },
  });
}

/** Options for the offscreen drawing behind the print image. */
const offscreen: DrawOptions = { animate: false, responsive: false, pixelRatio: 2 };

/**
 * A PNG of a radar drawn offscreen at 2× (the caller draws it in its light palette): a canvas alone prints blank in
 * some browsers, so the print stylesheet shows this image instead.
 */
export function radarPng(
  draw: (canvas: HTMLCanvasElement, options: DrawOptions) => { destroy(): void },
  size = 560,
): string {
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  canvas.style.width = `${size}px`;
  canvas.style.height = `${size}px`;
  const chart = draw(canvas, offscreen);
  // Chart.js draws on a transparent canvas; give the image a white page behind it.
  const out = document.createElement("canvas");
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext("2d");
  let url = "";
  if (ctx) {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    url = out.toDataURL("image/png");
  }
  chart.destroy();
  return url;
}
