// The only Chart.js entry point: registers just the radar pieces so the chunk stays small. Loaded for results only.
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from "chart.js";

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface RadarPalette {
  fg: string;
  line: string;
  accent: string;
  fill: string;
}

/** Fixed light colours for the printed image, whatever the screen theme. */
export const lightPalette: RadarPalette = {
  fg: "#1a1f26",
  line: "#c9d1db",
  accent: "#0b5cad",
  fill: "rgba(11, 92, 173, 0.18)",
};

export interface RadarData {
  labels: string[];
  /** Dimension means 1–5; null where the data is not enough (drawn as a gap). */
  values: (number | null)[];
}

export function drawRadar(
  canvas: HTMLCanvasElement,
  data: RadarData,
  palette: RadarPalette,
  options: { animate: boolean; responsive: boolean; pixelRatio?: number; fontSize?: number },
): Chart<"radar"> {
  const font = { size: options.fontSize ?? 13 };
  return new Chart(canvas, {
    type: "radar",
    data: {
      labels: data.labels,
      datasets: [
        {
          label: "Skor dimensi",
          data: data.values,
          borderColor: palette.accent,
          backgroundColor: palette.fill,
          pointBackgroundColor: palette.accent,
          pointRadius: 4,
          borderWidth: 2,
          fill: true,
          spanGaps: false,
        },
      ],
    },
    options: {
      responsive: options.responsive,
      maintainAspectRatio: true,
      animation: options.animate ? { duration: 400 } : false,
      ...(options.pixelRatio ? { devicePixelRatio: options.pixelRatio } : {}),
      events: [],
      scales: {
        r: {
          min: 1,
          max: 5,
          ticks: { stepSize: 1, color: palette.fg, backdropColor: "transparent", font },
          grid: { color: palette.line },
          angleLines: { color: palette.line },
          pointLabels: { color: palette.fg, font },
        },
      },
    },
  });
}

/** A PNG of the radar drawn offscreen at 2× in the light palette: a canvas alone prints blank in some browsers. */
export function radarImage(data: RadarData, size = 560): string {
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  canvas.style.width = `${size}px`;
  canvas.style.height = `${size}px`;
  const chart = drawRadar(canvas, data, lightPalette, {
    animate: false,
    responsive: false,
    pixelRatio: 2,
    fontSize: 14,
  });
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
